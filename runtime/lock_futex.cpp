// Futex-based runtime locks and notes (Go's lock_futex.go, os_linux.go).
// See lock_futex.h.
#include "runtime/lock_futex.h"

#include "runtime/runtime2.h"

#include <ctime>
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace gorun::runtime {

void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns) {
  if (ns < 0) {
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, nullptr, nullptr, 0);
    return;
  }
  timespec ts{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
  syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, &ts, nullptr, 0);
}

void futexwakeup(std::atomic<uint32_t>* addr, uint32_t cnt) {
  syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, cnt, nullptr, nullptr, 0);
}

void osyield() { sched_yield(); }
void usleep(uint32_t usec) { ::usleep(usec); }

namespace {
constexpr uint32_t mutexUnlocked = 0, mutexLocked = 1, mutexSleeping = 2;
constexpr int activeSpin = 4, activeSpinCnt = 30, passiveSpin = 1;

inline void procyield(int n) {
  for (int i = 0; i < n; ++i) __builtin_ia32_pause();
}
}  // namespace

// Go's lock2: spin, yield, then sleep with the key at mutexSleeping.
void lock(Mutex* l) {
  uint32_t v = l->key.exchange(mutexLocked, std::memory_order_acquire);
  if (v == mutexUnlocked) return;
  uint32_t wait = v;
  for (;;) {
    for (int i = 0; i < activeSpin; i++) {
      while (l->key.load(std::memory_order_relaxed) == mutexUnlocked) {
        uint32_t exp = mutexUnlocked;
        if (l->key.compare_exchange_weak(exp, wait, std::memory_order_acquire)) return;
      }
      procyield(activeSpinCnt);
    }
    for (int i = 0; i < passiveSpin; i++) {
      while (l->key.load(std::memory_order_relaxed) == mutexUnlocked) {
        uint32_t exp = mutexUnlocked;
        if (l->key.compare_exchange_weak(exp, wait, std::memory_order_acquire)) return;
      }
      osyield();
    }
    v = l->key.exchange(mutexSleeping, std::memory_order_acquire);
    if (v == mutexUnlocked) return;
    wait = mutexSleeping;
    futexsleep(&l->key, mutexSleeping, -1);
  }
}

void unlock(Mutex* l) {
  uint32_t v = l->key.exchange(mutexUnlocked, std::memory_order_release);
  if (v == mutexUnlocked) throwError("unlock of unlocked lock");
  if (v == mutexSleeping) futexwakeup(&l->key, 1);
}

void noteclear(Note* n) { n->key.store(0, std::memory_order_relaxed); }

void notewakeup(Note* n) {
  uint32_t old = n->key.exchange(1, std::memory_order_release);
  if (old != 0) throwError("notewakeup - double wakeup");
  futexwakeup(&n->key, 1);
}

void notesleep(Note* n) {
  while (n->key.load(std::memory_order_acquire) == 0) futexsleep(&n->key, 0, -1);
}

bool notetsleep(Note* n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  timespec start;
  clock_gettime(CLOCK_MONOTONIC, &start);
  int64_t deadline = int64_t(start.tv_sec) * 1000000000 + start.tv_nsec + ns;
  while (n->key.load(std::memory_order_acquire) == 0) {
    futexsleep(&n->key, 0, ns);
    if (n->key.load(std::memory_order_acquire) != 0) break;
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    ns = deadline - (int64_t(now.tv_sec) * 1000000000 + now.tv_nsec);
    if (ns <= 0) return n->key.load(std::memory_order_acquire) != 0;
  }
  return true;
}

}  // namespace gorun::runtime
