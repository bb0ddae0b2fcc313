// Package time's timers (Go's runtime/time.go startTimer/stopTimer/
// resetTimer and time/sleep.go's sendTime/goFunc): time.Timer,
// time.Ticker, time.After, time.Tick and time.AfterFunc over the per-P
// timer heaps of time.cpp.
//
// stdlib/time declares runtimeTimer with the layout of the runtime's
// Timer (sched.h) followed by what the timer's function needs:
//     when, period int64; f uintptr; arg *runtimeTimer; seq, pp uintptr;
//     idx int32;                 (= Timer, 56 bytes)
//     c chan Time                (56: sendTime's channel)
//     fn func()                  (64: goFunc's function)
// It is a Go heap object, so the collector sees c and fn through its type;
// while the timer is on a P's heap the heap's (conservative) scan keeps it
// alive. startTimer points arg at the timer itself and picks f by kind.
//
// The functions run on g0 in checkTimers (with the P's timer lock
// released): sendTime does a non-blocking send of the current time
// (tickers drop ticks nobody received, as Go), goFunc starts fn on a new
// goroutine.
#include "runtime/chan.h"
#include "runtime/malloc.h"
#include "runtime/natives.h"
#include "runtime/sched.h"

#include <ctime>

namespace gorun::runtime {

namespace {

struct TimeTimer {
  Timer t;
  HChan* c;
  void* fn;
};
static_assert(sizeof(Timer) == 56, "stdlib/time's runtimeTimer mirrors Timer");
static_assert(offsetof(TimeTimer, c) == 56 && offsetof(TimeTimer, fn) == 64);

// stdlib/time's Time, in Go's encoding (time/time.go): a Time with a
// monotonic reading has wall = hasMonotonic | seconds since 1885 << 30 |
// nanoseconds and ext = the reading (gorun: the raw nanotime()); loc nil
// is UTC. Keep in sync with stdlib/time/time.go.
struct GoTime {
  uint64_t wall;
  int64_t ext;
  void* loc;
};

int64_t walltime() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Go's Now() for sendTime (the Location is UTC rather than Local, which
// gorun makes UTC anyway).
GoTime timeNow() {
  constexpr uint64_t hasMonotonic = uint64_t(1) << 63;
  constexpr int64_t unixToWall = 2682288000;  // Go's unixToInternal - wallToInternal
  int64_t w = walltime();
  int64_t sec = w / 1000000000 + unixToWall;
  int64_t nsec = w % 1000000000;
  // The 33 bits of seconds last until 2157; Go drops the reading after.
  if (uint64_t(sec) >> 33 != 0) return {uint64_t(nsec), sec - unixToWall + 62135596800, nullptr};
  return {hasMonotonic | uint64_t(sec) << 30 | uint64_t(nsec), nanotime(), nullptr};
}

void sendTime(void* arg, uintptr_t) {
  auto* tt = static_cast<TimeTimer*>(arg);
  GoTime now = timeNow();
  chansendNonblock(tt->c, &now);
}

void goFunc(void* arg, uintptr_t) {
  auto* tt = static_cast<TimeTimer*>(arg);
  newprocStack(tt->fn, StackMin);
}

struct StartArgs {
  TimeTimer* t;
  int64_t kind;  // 0: sendTime, 1: goFunc
};
struct ResetArgs {
  TimeTimer* t;
  int64_t when;
};

}  // namespace

// func startTimer(t *runtimeTimer, kind int)
void time_startTimer(void*, const void* p) {
  auto* a = static_cast<const StartArgs*>(p);
  Timer* t = &a->t->t;
  t->f = a->kind == 1 ? goFunc : sendTime;
  t->arg = a->t;
  t->pp = nullptr;
  t->idx = -1;
  addtimer(t);
}

// func stopTimer(t *runtimeTimer) bool
void time_stopTimer(void* r, const void* p) {
  auto* tt = *static_cast<TimeTimer* const*>(p);
  *static_cast<bool*>(r) = deltimer(&tt->t);
}

// func resetTimer(t *runtimeTimer, when int64) bool
void time_resetTimer(void* r, const void* p) {
  auto* a = static_cast<const ResetArgs*>(p);
  Timer* t = &a->t->t;
  bool active = deltimer(t);
  t->when = a->when;
  if (t->f == nullptr) {
    t->f = sendTime;
    t->arg = a->t;
  }
  addtimer(t);
  *static_cast<bool*>(r) = active;
}

// func now() (wall int64, mono int64)
void time_now(void* r, const void*) {
  auto* out = static_cast<int64_t*>(r);
  out[0] = walltime();
  out[1] = nanotime();
}

}  // namespace gorun::runtime
