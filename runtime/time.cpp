// Timers (Go's time.go): per-P 4-ary heaps ordered by `when`.
//
// A timer lives on the heap of the P that added it (t->pp), guarded by
// that P's timersLock; p->timer0When mirrors the heap's minimum so that
// other Ms can see, without the lock, when a P has timers due (stealWork,
// the idle M's sleep, sysmon, checkdead). checkTimers runs a P's expired
// timers; their functions (goready for time.Sleep) run on the M that
// checks, with the lock released. Timers are checked at the top of
// findRunnable, by stealing Ms on other Ps, and an idle M sleeps until
// the earliest one (proc.cpp, stopm).
//
// time.Sleep parks the G with its timer's function set to ready it: no
// thread sleeps for a goroutine.
#include "runtime/sched.h"

#include <cstdlib>

namespace gorun::runtime {

namespace {

void siftupTimer(Timer** t, int32_t i) {
  Timer* tmp = t[i];
  int64_t when = tmp->when;
  while (i > 0) {
    int32_t p = (i - 1) / 4;
    if (when >= t[p]->when) break;
    t[i] = t[p];
    t[i]->idx = i;
    i = p;
  }
  t[i] = tmp;
  tmp->idx = i;
}

void siftdownTimer(Timer** t, int32_t n, int32_t i) {
  Timer* tmp = t[i];
  int64_t when = tmp->when;
  for (;;) {
    int32_t c = i * 4 + 1;
    int32_t c3 = c + 2;
    if (c >= n) break;
    int64_t w = t[c]->when;
    if (c + 1 < n && t[c + 1]->when < w) {
      w = t[c + 1]->when;
      c++;
    }
    if (c3 < n) {
      int64_t w3 = t[c3]->when;
      if (c3 + 1 < n && t[c3 + 1]->when < w3) {
        w3 = t[c3 + 1]->when;
        c3++;
      }
      if (w3 < w) {
        w = w3;
        c = c3;
      }
    }
    if (w >= when) break;
    t[i] = t[c];
    t[i]->idx = i;
    i = c;
  }
  t[i] = tmp;
  tmp->idx = i;
}

void updateTimer0When(P* pp) {
  pp->timer0When.store(pp->ntimers ? pp->timers[0]->when : 0, std::memory_order_release);
}

// Adds t to pp's heap (pp->timersLock held).
void doaddtimer(P* pp, Timer* t) {
  if (pp->ntimers == pp->timerscap) {
    int32_t cap = pp->timerscap ? pp->timerscap * 2 : 16;
    auto* nt = static_cast<Timer**>(std::realloc(pp->timers, sizeof(Timer*) * size_t(cap)));
    if (!nt) throwError("runtime: out of memory");
    pp->timers = nt;
    pp->timerscap = cap;
  }
  t->pp = pp;
  int32_t i = pp->ntimers++;
  pp->timers[i] = t;
  siftupTimer(pp->timers, i);
  updateTimer0When(pp);
}

// Removes the timer at index i (pp->timersLock held).
void dodeltimer(P* pp, int32_t i) {
  Timer* t = pp->timers[i];
  int32_t last = --pp->ntimers;
  if (i != last) {
    pp->timers[i] = pp->timers[last];
    pp->timers[i]->idx = i;
  }
  pp->timers[last] = nullptr;
  if (i != last) {
    siftupTimer(pp->timers, i);
    siftdownTimer(pp->timers, pp->ntimers, pp->timers[i]->idx == i ? i : pp->timers[i]->idx);
  }
  t->pp = nullptr;
  t->idx = -1;
  updateTimer0When(pp);
}

}  // namespace

void addtimer(Timer* t) {
  if (t->when < 0) t->when = INT64_MAX;
  M* mp = getm();
  P* pp = mp->p;
  lock(&pp->timersLock);
  doaddtimer(pp, t);
  unlock(&pp->timersLock);
  wakeNetPoller(t->when);
}

bool deltimer(Timer* t) {
  for (;;) {
    P* pp = __atomic_load_n(&t->pp, __ATOMIC_ACQUIRE);
    if (!pp) return false;
    lock(&pp->timersLock);
    if (t->pp != pp) {
      unlock(&pp->timersLock);
      continue;
    }
    dodeltimer(pp, t->idx);
    unlock(&pp->timersLock);
    return true;
  }
}

int64_t checkTimers(P* pp, int64_t now, bool* ran) {
  int64_t next = pp->timer0When.load(std::memory_order_acquire);
  if (next == 0) return 0;
  if (now == 0) now = nanotime();
  if (now < next) return next;
  lock(&pp->timersLock);
  while (pp->ntimers > 0) {
    Timer* t = pp->timers[0];
    if (t->when > now) break;
    dodeltimer(pp, 0);
    auto f = t->f;
    void* arg = t->arg;
    uintptr_t seq = t->seq;
    if (t->period > 0) {
      t->when += t->period * (1 + (now - t->when) / t->period);
      doaddtimer(pp, t);
    }
    unlock(&pp->timersLock);
    f(arg, seq);
    if (ran) *ran = true;
    lock(&pp->timersLock);
  }
  unlock(&pp->timersLock);
  return pp->timer0When.load(std::memory_order_acquire);
}

void moveTimers(P* to, P* from) {
  lock(&from->timersLock);
  while (from->ntimers > 0) {
    Timer* t = from->timers[0];
    dodeltimer(from, 0);
    lock(&to->timersLock);
    doaddtimer(to, t);
    unlock(&to->timersLock);
  }
  unlock(&from->timersLock);
}

namespace {

void goroutineReady(void* arg, uintptr_t) { goready(static_cast<G*>(arg)); }

// Adds the sleep timer once the G is parked (its context saved), so that
// a timer firing on another M cannot ready it too early.
bool resetForSleep(G* gp, void*) {
  addtimer(gp->timer);
  return true;
}

}  // namespace

// time.Sleep: runs on the goroutine stack and parks.
void timeSleep(int64_t ns) {
  if (ns <= 0) return;
  G* gp = getg();
  Timer* t = gp->timer;
  if (t == nullptr) {
    // malloc's stack use is unbounded for our budget: allocate on g0.
    gorun_systemstack([](void* g) { static_cast<G*>(g)->timer = new Timer(); }, gp);
    t = gp->timer;
  }
  t->f = goroutineReady;
  t->arg = gp;
  t->period = 0;
  int64_t when = nanotime() + ns;
  if (when < 0) when = INT64_MAX;  // overflow
  t->when = when;
  gopark(resetForSleep, nullptr, WaitReason::Sleep);
}

// package time natives (stdlib/time).
void time_Sleep(void*, const void* p) { timeSleep(*static_cast<const int64_t*>(p)); }
void time_runtimeNano(void* r, const void*) { *static_cast<int64_t*>(r) = nanotime(); }

}  // namespace gorun::runtime
