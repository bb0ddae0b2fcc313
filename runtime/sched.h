// The scheduler's structures (Go's runtime2.go: m, p, schedt) and the
// entry points that proc.cpp, stack.cpp, sema.cpp and time.cpp share.
// DESIGN.md ("Scheduler") is the overview; proc.cpp's header comment is the
// protocol.
#pragma once

#include "runtime/lock_futex.h"
#include "runtime/runtime2.h"

#include <atomic>
#include <cstdint>

namespace gorun::runtime {

// P statuses (Go's _Pidle ...).
enum PStatus : uint32_t { _Pidle = 0, _Prunning = 1, _Psyscall = 2, _Pgcstop = 3, _Pdead = 4 };

// Stack size classes cached per P: 2, 4, 8, 16 KiB (Go's _NumStackOrders).
inline constexpr int NumStackOrders = 4;
// A P's stack cache holds at most this many bytes per order (Go's
// _StackCacheSize); refills and releases move half of it.
inline constexpr uintptr_t StackCacheSize = 32 << 10;

// A free stack in a cache or pool: the first word of the stack memory.
struct StackFree {
  StackFree* next;
};

struct StackCacheEntry {
  StackFree* list = nullptr;
  uintptr_t size = 0;  // bytes in list
};

struct Timer;

// A processor: what an M needs to run Go code (Go's p). Owned by the M
// that holds it (p->m), except: runq head/runnext are stolen by other Ms
// (lock-free), status is CASed by sysmon (_Psyscall -> _Pidle), timers are
// guarded by timersLock.
struct P {
  int32_t id = 0;
  std::atomic<uint32_t> status{_Pidle};
  P* link = nullptr;        // sched.pidle list
  uint32_t schedtick = 0;   // incremented on every schedule
  std::atomic<uint32_t> syscalltick{0};
  int64_t sysmonwhen = 0;   // sysmon's view: when it last saw syscalltick change
  uint32_t sysmontick = 0;
  int64_t schedwhen = 0;
  uint32_t sysmonschedtick = 0;
  M* m = nullptr;           // back link to the M (nil while idle)

  // goids are handed out in batches (Go's goidcache).
  uint64_t goidcache = 0, goidcacheend = 0;

  // The local run queue: a lock-free ring (Go's runqhead/runqtail/runq).
  std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<G*> runq[256];
  // A G to run next, ahead of runq: the one the running G just readied
  // (it inherits the time slice).
  std::atomic<G*> runnext{nullptr};

  // Dead Gs (Go's gFree): up to 64, spilled to sched.gFree.
  G* gFree = nullptr;
  int32_t gFreeN = 0;

  StackCacheEntry stackcache[NumStackOrders];

  // The timer heap (4-ary, by when), guarded by timersLock.
  Mutex timersLock;
  Timer** timers = nullptr;
  int32_t ntimers = 0, timerscap = 0;
  std::atomic<int64_t> timer0When{0};  // earliest when, 0 if none

  // --- Addition (GC, issue 6): the P's allocation cache (mcache.cpp),
  // made on first use; used only by the M holding the P, flushed by the
  // collector with the world stopped.
  struct MCache* mcache = nullptr;
};

// An OS thread (Go's m). Fields at fixed offsets are read by asm_amd64.S.
struct M {
  uintptr_t g0top = 0;       // 0: top of the g0 stack (16-aligned)
  // 8: nonzero while running on g0. Entered from a goroutine's stack
  // through gorun_systemstack_switch, it is that goroutine's sp: its live
  // frames lie above, and the collector scans a G that runs from there
  // (below are dead frames, whose stale words would keep garbage alive).
  uintptr_t onG0 = 0;
  G* curg = nullptr;         // 16: the G it runs (or last ran)
  uintptr_t g0guard = 0;     // 24: %fs:0x70 while on g0
  uintptr_t* tlsSlot = nullptr;  // 32: address of this thread's %fs:0x70
  P* p = nullptr;            // the P it holds (nil when idle or in a syscall)
  P* nextp = nullptr;        // the P to take when woken
  P* oldp = nullptr;         // the P it held before a syscall
  int64_t id = 0;
  bool spinning = false;     // looking for work
  bool blocked = false;      // parked on `park`
  Note park;                 // sleep here when idle
  M* schedlink = nullptr;    // sched.midle list
  M* alllink = nullptr;      // allm list
  uintptr_t g0lo = 0;        // lowest address of the g0 stack
  uint32_t fastrand = 0;
  int64_t procid = 0;        // the thread id
  // --- Addition (GC, issue 6): nonzero while this M waits inside a
  // runtime call for another M's collection (stopAtRuntimeCall): the low
  // end of its live g0 stack, which the collector scans.
  uintptr_t gcStopSP = 0;
  // --- Addition (panics in fmt's methods): the innermost Go method the
  // runtime is calling back on this M's g0 (defer.cpp, callRecovering), or
  // null. Points into this M's g0 stack; set only while the M is on g0.
  struct Callback* callback = nullptr;
};

// The global scheduler state (Go's schedt). Guarded by lock unless atomic.
struct SchedT {
  Mutex lock;
  std::atomic<uint64_t> goidgen{0};
  M* midle = nullptr;   // idle Ms
  int32_t nmidle = 0;
  int32_t mnext = 0;    // number of Ms created, next M's id
  int32_t nmsys = 0;    // system Ms (sysmon) not counted by checkdead
  P* pidle = nullptr;   // idle Ps
  std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  // The global run queue.
  G* runqhead = nullptr;
  G* runqtail = nullptr;
  std::atomic<int32_t> runqsize{0};
  // Global free Gs.
  Mutex gFreeLock;
  G* gFree = nullptr;
  int32_t gFreeN = 0;
  // Ms blocked in exitsyscall waiting for a P.
  M* syswait = nullptr;
  std::atomic<int32_t> nsyswait{0};
  // Earliest timer an idle M sleeps for (0: none waits on timers).
  int64_t pollUntil = 0;
  // --- Additions (GC, issue 6): stop-the-world (Go's gcwaiting,
  // stopwait, stopnote). gcwaiting is set under lock by stopTheWorld and
  // read anywhere; stopwait (lock) counts the Ps still to stop; the
  // stopper sleeps on stopnote. worldgen changes (and is futex-woken) at
  // every startTheWorld.
  std::atomic<bool> gcwaiting{false};
  int32_t stopwait = 0;
  Note stopnote;
  std::atomic<uint32_t> worldgen{0};
};

extern SchedT sched;
extern P** allp;
extern std::atomic<int32_t> gomaxprocs;
extern M* allm;
extern std::atomic<int64_t> ncpu;

// The M this thread is (null on a thread the runtime did not start).
M* getm();

// --- Run queues (proc.cpp), exposed for tests.
// Puts gp on pp's local queue (next: into runnext, kicking the old runnext
// to the tail). A full queue moves half of itself and gp to the global
// queue. Owner only.
void runqput(P* pp, G* gp, bool next);
// Takes a G from pp's local queue (runnext first). Owner only. inheritTime
// says the G came from runnext.
G* runqget(P* pp, bool* inheritTime = nullptr);
// Steals half of p2's queue into pp's, returning one of the stolen Gs.
// Any thread (pp's owner).
G* runqsteal(P* pp, P* p2, bool stealRunNextG);
bool runqempty(P* pp);
uint32_t runqlen(P* pp);
// Global queue, sched.lock held.
void globrunqput(G* gp);
G* globrunqget(P* pp, int32_t max);

// --- G free lists (proc.cpp).
void gfput(P* pp, G* gp);
G* gfget(P* pp);

// --- Stacks (stack.cpp).
// Allocates a stack of n bytes (a power of two >= StackMin), from pp's
// cache for the small orders when pp is not null. Returns its low address.
uintptr_t stackalloc(P* pp, uintptr_t n);
void stackfree(P* pp, uintptr_t lo, uintptr_t n);
// Between these (the collector, mgcmark.cpp) freed large stacks stay
// mapped, so that a stack the collector reads concurrently never
// disappears under it (small stacks stay mapped anyway, in the pools).
// Begin with the world stopped.
void stackFreeDeferBegin();
void stackFreeDeferEnd();
// Moves every stack in pp's cache back to the global pool.
void stackcacherelease(P* pp);
// Installs gp's limit in %fs:0x70 (StackPreempt if gp->preempt).
void installStackGuard(G* gp);
bool stressStackMove();

// --- Scheduling (proc.cpp).
// Parks the running G: on g0, unlockf(gp, arg) runs after the G is saved
// (false: resume at once); the G sleeps until goready. Runs on the G stack.
void gopark(bool (*unlockf)(G*, void*), void* arg, WaitReason reason);
// Makes gp runnable on the current P (as runnext) and wakes an idle P.
void goready(G* gp);
// Yields the processor: the G goes to the global queue.
void gosched();
// On g0: the running G yields because gp->preempt was set.
[[noreturn]] void gopreempt_m(G* gp);
[[noreturn]] void goexit1();
int64_t nanotime();
uint32_t fastrand();
// Wakes an idle P if there is work and nobody spins (Go's wakep).
void wakep();
// Wakes an idle M so that it recomputes its timer deadline.
void wakeNetPoller(int64_t when);
// entersyscall/exitsyscall around a blocking system call made on g0 on
// behalf of the current G (write(2) of os.Stdout, file I/O).
void entersyscall();
void exitsyscall();
int32_t gcount();
void setGOMAXPROCS(int32_t n);  // stop-the-world resize; from a G

// --- REPL hooks (runtime/repl.cpp), unused by programs.
// Asked when a G yields to a preemption request: true ends the G (Ctrl-C).
extern bool (*replKillOnPreempt)(G* gp);
// On g0, for the running G gp: ends it (as if it returned) and schedules.
[[noreturn]] void goexitOnG0(G* gp);
// newproc with a stack of `stacksize` bytes (a C++ entry needs more than
// StackMin); on g0 of an M holding a P. Returns the new G.
G* newprocStack(void* closure, uintptr_t stacksize);

// The JIT's and the natives' trampolines (asm_amd64.S).
extern "C" void gorun_mcall(Gobuf* save, void (*fn)(G*), G* gp, uintptr_t g0sp);
extern "C" [[noreturn]] void gorun_gogo(Gobuf* buf);
extern "C" void gorun_goentry();
// Runs fn(arg) on the M's g0 stack (directly if already there).
extern "C" void gorun_systemstack(void (*fn)(void*), void* arg);

// --- Stop the world (proc.cpp; GC, issue 6). The protocol is Go's:
//   1. stopTheWorld (on g0, holding a P, or on a thread with no M) sets
//      sched.gcwaiting, takes every idle P and every P in a syscall to
//      _Pgcstop, and asks every running G to yield (preempt flag +
//      StackPreempt in its M's %fs:0x70), then sleeps until stopwait is 0.
//   2. A G yields at its next safepoint (prologue check, loop poll, or any
//      park); the scheduler sees gcwaiting and its M stops the P in
//      _Pgcstop (gcstopm) and sleeps: keeping the P when it has work
//      (waiting as stopAtRuntimeCall's Ms do), else giving it up as in
//      Go. An M inside a runtime call that
//      wants to collect too calls stopAtRuntimeCall instead and keeps its
//      P (its g0 stack from gcStopSP is then scanned).
//   3. startTheWorld clears gcwaiting, gives every stopped P with no M
//      back (an M for Ps with work, the idle list for the others) and
//      wakes, with one futex wake, the Ms that kept theirs.
// While the world is stopped every G but the caller's is _Grunnable,
// _Gwaiting, _Gsyscall (its M blocked in the kernel or in exitsyscall),
// or _Grunning on an M blocked in stopAtRuntimeCall.
void stopTheWorld();
// Returns nanotime() once every stopped P has its M woken (Go's
// startTheWorldWithSema: the end of the pause as gctrace reports it).
int64_t startTheWorld();
// The running M's P stops where it is (inside a runtime call) until the
// world starts again. Returns at once if no stop is in progress.
void stopAtRuntimeCall();
// Go's stopTheWorld/startTheWorld, for runtime code outside the collector
// (mgc.cpp): they hold the collector's lock (Go's worldsema) while the
// world is stopped, so that no collection stops it at the same time. On
// g0, holding a P.
void stopTheWorldGC();
void startTheWorldGC();
// The collector thread's loop (mgc.cpp), on the M proc.cpp starts for it.
[[noreturn]] void gcBgWorker();
// Prints the collector's state (for the SIGQUIT dump).
void gcDebugState();
// The head of the allgs list (alllink), for the collector's stack scan.
G* allgsHead();

// --- Timers (time.cpp).
struct Timer {
  int64_t when = 0;
  int64_t period = 0;
  void (*f)(void* arg, uintptr_t seq) = nullptr;
  void* arg = nullptr;
  uintptr_t seq = 0;
  P* pp = nullptr;   // the heap it is on, or null
  int32_t idx = -1;  // index in that heap
};
void addtimer(Timer* t);
bool deltimer(Timer* t);
// Runs pp's expired timers; returns the next when (0: none) and sets
// *ran when a timer ran. now 0: read the clock.
int64_t checkTimers(P* pp, int64_t now, bool* ran = nullptr);
// Moves pp's timers to the current P (procresize).
void moveTimers(P* to, P* from);
void timeSleep(int64_t ns);

}  // namespace gorun::runtime
