// Sharing the mark's work between the collector and mark assists: see
// mgcwork.h for the invariants.
//
// The shared list is a list of buffers under one lock (Go's work.full,
// without its lock-free stack): a buffer is up to half of a marker's grey
// objects, at most MaxShare, so each taker scans at least hundreds of
// objects (and what they point to) before it comes back. Buffers are
// mapped in chunks and reused, never freed (Go's workbufs likewise).
#include "runtime/mgcwork.h"

#include "runtime/lock_futex.h"
#include "runtime/mheap.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <pthread.h>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace gorun::runtime {

thread_local GCWork* gcw = nullptr;

namespace {

// A marker shares only when it has this many grey objects: a small heap's
// cycles are short, and sharing their few objects cost bench's 20 GB
// allocation loop (6,000 cycles) more than it saved.
constexpr size_t MinShare = 256;
// And gives at most this many (Go's workbufs hold 253).
constexpr size_t MaxShare = 1023;

struct WorkBuf {
  WorkBuf* next;
  size_t n;
  uintptr_t obj[MaxShare];
};

Mutex workLock;
WorkBuf* full;                  // shared work; under workLock
WorkBuf* freeBufs;              // under workLock
int32_t busy = 0;               // assists holding work; under workLock
std::atomic<int32_t> nfull{0};  // full's length, read without the lock
std::atomic<int32_t> nwait{0};              // markers waiting for work
std::atomic<bool> sharedMark{false};       // mark bits take locked stores (mgcwork.h)
std::atomic<uint64_t> assistMarked{0};

// The pause's helpers.
constexpr uint32_t MaxPauseHelpers = 3;
uint32_t npauseHelpers = 0;          // threads started; only the collector changes it
std::atomic<uint32_t> pauseWant{0};  // helpers that mark now: those with a lower id
// Helpers the stopped world's drain may wake, once a marker has
// PauseWakeAt grey objects (a pause of a few microseconds is over before a
// thread wakes).
std::atomic<uint32_t> pauseArmed{0};
constexpr size_t PauseWakeAt = 4096;

void* mapMemory(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throwError("gc: out of memory for the mark stack");
  return p;
}

// Under workLock.
WorkBuf* emptyBufLocked() {
  if (!freeBufs) {
    constexpr size_t Chunk = 16 * sizeof(WorkBuf);
    auto* b = static_cast<WorkBuf*>(mapMemory(Chunk));
    for (size_t i = 0; i < Chunk / sizeof(WorkBuf); i++) {
      b[i].next = freeBufs;
      freeBufs = &b[i];
    }
  }
  WorkBuf* b = freeBufs;
  freeBufs = b->next;
  return b;
}

// Under workLock, full non-empty.
void takeLocked(GCWork* w) {
  WorkBuf* b = full;
  full = b->next;
  w->stack.append(b->obj, b->n);
  b->next = freeBufs;
  freeBufs = b;
  nfull.fetch_sub(1, std::memory_order_relaxed);
}

}  // namespace

bool gcMarkShared() {
  return gcstate.allocBlack.load(std::memory_order_relaxed) ||
         sharedMark.load(std::memory_order_relaxed);
}

void MarkStack::grow(size_t need) {
  size_t cap = cap_ ? cap_ * 2 : 8192;
  while (cap < need) cap *= 2;
  void* p = p_ ? mremap(p_, cap_ * 8, cap * 8, MREMAP_MAYMOVE) : mapMemory(cap * 8);
  if (p == MAP_FAILED) throwError("gc: out of memory for the mark stack");
  p_ = static_cast<uintptr_t*>(p);
  cap_ = cap;
}

void MarkStack::append(const uintptr_t* a, size_t k) {
  if (n_ + k > cap_) grow(n_ + k);
  std::memcpy(p_ + n_, a, k * 8);
  n_ += k;
}

void gcWorkReset() {
  sharedMark.store(false);
  assistMarked.store(0);
}

void gcWorkBalance(GCWork* w) {
  size_t n = w->stack.size();
  if (n >= PauseWakeAt && pauseArmed.load(std::memory_order_relaxed) != 0) {
    if (uint32_t k = pauseArmed.exchange(0)) {
      pauseWant.store(k);
      futexwakeup(&pauseWant, MaxPauseHelpers);
    }
  }
  if (n < MinShare || nwait.load(std::memory_order_relaxed) == 0 ||
      nfull.load(std::memory_order_relaxed) != 0)
    return;
  size_t k = std::min(n / 2, MaxShare);
  // Before the buffer is visible: the collector's later marks lock too.
  sharedMark.store(true, std::memory_order_release);
  lock(&workLock);
  WorkBuf* b = emptyBufLocked();
  std::memcpy(b->obj, w->stack.top(k), k * 8);
  b->n = k;
  b->next = full;
  full = b;
  nfull.fetch_add(1, std::memory_order_relaxed);
  unlock(&workLock);
  w->stack.drop(k);
}

bool gcWorkGetCollector(GCWork* w) {
  bool waiting = false;
  bool got = false;
  for (;;) {
    lock(&workLock);
    if (full) {
      takeLocked(w);
      got = true;
    }
    bool done = !got && busy == 0;
    unlock(&workLock);
    // No assist marks until the collector shares again (mgcwork.h), and
    // their last marks happened before busy fell to 0, under the lock.
    if (done) sharedMark.store(false, std::memory_order_relaxed);
    if (got || done) break;
    if (!waiting) nwait.fetch_add(1);
    waiting = true;
    osyield();
  }
  if (waiting) nwait.fetch_sub(1);
  return got;
}

void gcAssistWaiting(int delta) { nwait.fetch_add(delta); }

bool gcWorkGetAssist(GCWork* w, bool isBusy) {
  if (nfull.load(std::memory_order_relaxed) == 0) return false;
  lock(&workLock);
  bool got = full != nullptr;
  if (got) takeLocked(w);
  if (got && !isBusy) busy++;
  unlock(&workLock);
  return got;
}

void gcWorkAssistDone(GCWork* w) {
  assistMarked.fetch_add(w->markedBytes);
  w->markedBytes = 0;
  lock(&workLock);
  busy--;
  unlock(&workLock);
}

uint64_t gcAssistMarkedBytes() { return assistMarked.load(); }

// --- The pause's helpers: threads with no M, like sysmon, that run no Go
// code.

namespace {

void* pauseHelper(void* arg) {
  auto id = uint32_t(reinterpret_cast<uintptr_t>(arg));
  for (;;) {
    uint32_t want = pauseWant.load();
    if (want <= id) {
      futexsleep(&pauseWant, want, -1);
      continue;
    }
    gcAssistWaiting(1);
    while (pauseWant.load() > id) {
      if (!gcAssistMark()) osyield();
    }
    gcAssistWaiting(-1);
  }
}

}  // namespace

void gcPauseHelpersStart() {
  uint32_t cpus = uint32_t(std::min<int64_t>(ncpu.load(), gomaxprocs.load()));
  uint32_t want = std::min(cpus > 0 ? cpus - 1 : 0, MaxPauseHelpers);
  while (npauseHelpers < want) {
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 << 10);
    bool ok = pthread_create(&th, &attr, pauseHelper,
                             reinterpret_cast<void*>(uintptr_t(npauseHelpers))) == 0;
    pthread_attr_destroy(&attr);
    if (!ok) break;  // the collector marks alone
    npauseHelpers++;
  }
  pauseArmed.store(std::min(want, npauseHelpers));
}

void gcPauseHelpersStop() {
  pauseArmed.store(0);
  pauseWant.store(0);
}

}  // namespace gorun::runtime
