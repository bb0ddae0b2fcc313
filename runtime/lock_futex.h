// Runtime locks and notes on Linux futexes (Go's lock_futex.go).
//
// Mutex: the runtime's own lock (Go's runtime.mutex), for scheduler and
// timer state. Never held across a park or a context switch; held only on
// g0 or in C++ code that cannot grow a stack. Spins a little, then sleeps
// on the futex.
//
// Note: a one-shot event (Go's note): one thread sleeps in notesleep (or
// notetsleep with a timeout), one other calls notewakeup; noteclear
// re-arms it. Used to park idle Ms.
#pragma once

#include <atomic>
#include <cstdint>

namespace gorun::runtime {

struct Mutex {
  // 0 unlocked, 1 locked, 2 locked with sleepers.
  std::atomic<uint32_t> key{0};
};
void lock(Mutex* l);
void unlock(Mutex* l);

struct Note {
  std::atomic<uint32_t> key{0};
};
void noteclear(Note* n);
void notewakeup(Note* n);
void notesleep(Note* n);
// Sleeps until woken or ns nanoseconds pass (ns < 0: forever). Returns
// whether the note was woken.
bool notetsleep(Note* n, int64_t ns);

void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns);
void futexwakeup(std::atomic<uint32_t>* addr, uint32_t cnt);
void osyield();
void usleep(uint32_t usec);

}  // namespace gorun::runtime
