// Runtime semaphores (Go's sema.go): semacquire/semrelease on a uint32
// in the Go heap, with Gs parked per address. sync.Mutex, RWMutex,
// WaitGroup and Cond (stdlib/sync) are built on them.
//
// The addresses hash into 251 roots; a root holds a lock, the number of
// waiters (nwait, read without the lock so that a release with nobody
// waiting costs one atomic add and one load), and a list of waiting Gs
// (Go keeps a treap of per-address queues; a list is enough while the
// number of distinct contended addresses per root stays small).
//
// The protocol, as Go's: an acquirer increments nwait, re-checks the
// count (a release that happened in between is seen), queues itself and
// parks, releasing the root lock only after its context is saved
// (gopark's unlockf). A releaser increments the count, and if nwait is
// non-zero dequeues the first waiter on that address and readies it; the
// woken G tries to take the count again and waits again if a barging
// acquirer won.
//
// Two refinements serve sync.Mutex's starvation mode (stdlib/sync/
// mutex.go), as in Go's semacquire1/semrelease1:
//
//   - lifo: a waiter that was woken and lost the mutex to a barger queues
//     again at the front, ahead of the waiters for the same address that
//     came after it (the list is shared by addresses; the releaser takes
//     the first G waiting on its address, so "front of the list" is
//     "front of that address's queue").
//   - handoff: the releaser takes the count on the woken G's behalf and
//     marks it in G::semaTicket, so that no barger can take the count
//     between the wakeup and the woken G running. Go's releaser then
//     yields its P (goyield); ours runs on g0 behind the native stub and
//     cannot, so Mutex.Unlock yields itself (runtime.Gosched).
//
// The wait record is in the G (semaAddr/semaNext/semaTicket), never on a
// stack. semacquire runs on the goroutine stack (it parks) and stays
// within the StackGuard budget; semrelease runs on g0 (it may start an M).
#include "runtime/natives.h"
#include "runtime/sched.h"
#include "runtime/type.h"

namespace gorun::runtime {

namespace {

struct SemaRoot {
  Mutex lock;
  std::atomic<uint32_t> nwait{0};
  G* head = nullptr;
  G* tail = nullptr;
  char pad[64 - sizeof(Mutex) - sizeof(std::atomic<uint32_t>) - 2 * sizeof(G*)];
};

constexpr int semTabSize = 251;
SemaRoot semtable[semTabSize];

SemaRoot* rootFor(uint32_t* addr) {
  return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % semTabSize];
}

bool cansemacquire(uint32_t* addr) {
  auto* a = reinterpret_cast<std::atomic<uint32_t>*>(addr);
  for (;;) {
    uint32_t v = a->load(std::memory_order_acquire);
    if (v == 0) return false;
    if (a->compare_exchange_weak(v, v - 1, std::memory_order_acq_rel)) return true;
  }
}

bool unlockRoot(G*, void* root) {
  unlock(&static_cast<SemaRoot*>(root)->lock);
  return true;
}

}  // namespace

void semacquire1(uint32_t* addr, bool lifo, WaitReason reason);
void semrelease1(uint32_t* addr, bool handoff);

void semacquire(uint32_t* addr, WaitReason reason) { semacquire1(addr, false, reason); }

void semacquire1(uint32_t* addr, bool lifo, WaitReason reason) {
  if (cansemacquire(addr)) return;
  SemaRoot* root = rootFor(addr);
  for (;;) {
    G* gp = getg();
    lock(&root->lock);
    root->nwait.fetch_add(1);
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1);
      unlock(&root->lock);
      return;
    }
    gp->semaAddr = addr;
    gp->semaNext = nullptr;
    gp->semaTicket = 0;
    if (lifo) {
      gp->semaNext = root->head;
      root->head = gp;
      if (root->tail == nullptr) root->tail = gp;
    } else {
      if (root->tail) root->tail->semaNext = gp;
      else root->head = gp;
      root->tail = gp;
    }
    gopark(unlockRoot, root, reason);
    gp = getg();
    if (gp->semaTicket != 0 || cansemacquire(addr)) return;
  }
}

void semrelease(uint32_t* addr) { semrelease1(addr, false); }

void semrelease1(uint32_t* addr, bool handoff) {
  SemaRoot* root = rootFor(addr);
  reinterpret_cast<std::atomic<uint32_t>*>(addr)->fetch_add(1);
  if (root->nwait.load() == 0) return;
  lock(&root->lock);
  if (root->nwait.load() == 0) {
    unlock(&root->lock);
    return;
  }
  G* prev = nullptr;
  G* s = root->head;
  while (s && s->semaAddr != addr) {
    prev = s;
    s = s->semaNext;
  }
  if (s) {
    if (prev) prev->semaNext = s->semaNext;
    else root->head = s->semaNext;
    if (root->tail == s) root->tail = prev;
    s->semaNext = nullptr;
    s->semaAddr = nullptr;
    root->nwait.fetch_sub(1);
    // Direct handoff: take the count for s now (Go's ticket = 1).
    if (handoff && cansemacquire(addr)) s->semaTicket = 1;
  }
  unlock(&root->lock);
  if (s) goready(s);
}

// --- package sync natives (stdlib/sync). The atomics are leaf functions
// that run on the goroutine stack; Semacquire parks there; the rest run
// on g0 (symbols.cpp, syncSymbols below).

namespace {
struct SemacquireArgs {
  uint32_t* s;
  bool lifo;
  int64_t skipframes;
};
struct SemreleaseArgs {
  uint32_t* s;
  bool handoff;
  int64_t skipframes;
};
}  // namespace

// func runtime_Semacquire(s *uint32)
void sync_runtime_Semacquire(void*, const void* p) {
  semacquire1(*static_cast<uint32_t* const*>(p), false, WaitReason::Semacquire);
}
// func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
void sync_runtime_SemacquireMutex(void*, const void* p) {
  auto* a = static_cast<const SemacquireArgs*>(p);
  semacquire1(a->s, a->lifo, WaitReason::Semacquire);  // Go 1.19: "semacquire"
}
// func runtime_Semrelease(s *uint32, handoff bool, skipframes int)
void sync_runtime_Semrelease(void*, const void* p) {
  auto* a = static_cast<const SemreleaseArgs*>(p);
  semrelease1(a->s, a->handoff);
}

// Mutex spinning (Go's sync_runtime_canSpin/doSpin, proc.go). sync.Mutex
// is cooperative, so spinning is conservative: a few rounds, and only on a
// multicore machine with GOMAXPROCS > 1, at least one other P running (the
// holder may be on it) and nothing else runnable on this P.
namespace {
constexpr int64_t activeSpin = 4, activeSpinCnt = 30;
}  // namespace

// func runtime_canSpin(i int) bool (on g0)
void sync_runtime_canSpin(void* r, const void* p) {
  int64_t i = *static_cast<const int64_t*>(p);
  bool ok = i < activeSpin && ncpu.load() > 1 &&
            gomaxprocs.load() > sched.npidle.load() + sched.nmspinning.load() + 1;
  if (ok) {
    M* mp = getm();
    ok = mp != nullptr && mp->p != nullptr && runqempty(mp->p);
  }
  *static_cast<bool*>(r) = ok;
}

// func runtime_doSpin() (a leaf on the goroutine stack: Go's procyield)
void sync_runtime_doSpin(void*, const void*) {
  for (int64_t i = 0; i < activeSpinCnt; ++i) __builtin_ia32_pause();
}

// func fatal(s string): Go's sync.fatal -> throw.
void sync_fatal(void*, const void* p) {
  auto* s = static_cast<const GoString*>(p);
  throwError(std::string_view(reinterpret_cast<const char*>(s->ptr), size_t(s->len)));
}

// --- sync/atomic.Value's native (stdlib/sync/atomic/value.go; its box
// pointer atomics are instructions, jit/atomics.cpp).
// func runtime_efaceType(x any) uintptr: x's type word (type descriptors
// are static, so an integer is enough to compare them).
void atomic_efaceType(void* r, const void* p) {
  *static_cast<uintptr_t*>(r) = reinterpret_cast<uintptr_t>(static_cast<const GoEface*>(p)->type);
}
// The natives above that runtimeSymbols() did not have before Mutex's
// starvation mode and atomic.Value; chanSymbols() appends them.
std::vector<SymbolEntry> syncSymbols() {
  auto fn = [](auto* f) { return reinterpret_cast<void*>(f); };
  return {
      {"sync.runtime_SemacquireMutex$native", fn(&sync_runtime_SemacquireMutex), true},
      {"sync.runtime_canSpin$native", fn(&sync_runtime_canSpin), false},
      {"sync.runtime_doSpin$native", fn(&sync_runtime_doSpin), true},
      {"sync.runtime_nanotime$native", fn(&time_runtimeNano), false},
      {"sync/atomic.runtime_efaceType$native", fn(&atomic_efaceType), true},
  };
}

}  // namespace gorun::runtime
