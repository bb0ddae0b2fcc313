// The garbage collector (Go's mgc.go): a non-moving mark-sweep collector
// over the heap of mheap.h that marks concurrently with the program and
// stops the world twice, briefly.
//
// Go marks concurrently thanks to a write barrier compiled into every
// pointer store. gorun's JIT emits none; the kernel's dirty-page tracking
// (mgcdirty.cpp) stands in for it, as in Boehm's "mostly parallel"
// collector. A cycle, on the collector thread (gcBgWorker, an M with no P
// that sleeps until a cycle is asked for):
//   1. Asked for when heapLive reaches the trigger (between the last live
//      heap and the goal, which is GOGC percent over it: see triggerRatio;
//      mallocgc's slow paths check), by runtime.GC, or every Nth allocation
//      under GORUN_STRESS_GC=N (1 when set to a non-number).
//   2. Pause 1 (stopTheWorld, proc.cpp): mark every object a root
//      references (grey). Roots: globals, timers, g0 stacks of Ms stopped
//      in runtime calls, the goroutines that run (mgcmark.cpp).
//   3. The world runs. The collector arms the heap but its noscan spans
//      (heapArm: from now on every write to an armed page is recorded),
//      scans the goroutines that are not running (mgcmark.cpp,
//      "Goroutine roots"), then drains the grey objects, reading the
//      heap while the program writes it. Rounds of precleaning follow,
//      so that little is left for pause 2: each rescans the marked
//      objects on the pages written meanwhile, re-arming them. Objects
//      are allocated white (unmarked) until a round finds few written
//      pages, or until half the rounds are done; from then on they are
//      allocated black (marked), and that round first scans the stacks
//      of the goroutines that run (whole, unless they are in a runtime
//      call: M::onG0 then holds their sp) and of
//      those that ran since their scan (gcPrescanGs); the remaining
//      rounds shrink what black allocation and the prescan dirtied.
//      Allocating black from the start, as Go does, kept
//      everything allocated during the mark until the next cycle: with
//      a single marking thread the mark is long, and binary-trees' live
//      heap doubled. A white object is marked if it is reachable: from a
//      stack (the prescan, or pause 2's root rescan) or from a marked
//      object, whose page the pointer store dirtied. The prescan finds
//      most of what pause 2 would otherwise mark: the
//      objects reachable from running stacks (binary-trees' tree under
//      construction; its pause 2 was 37 ms without the prescans).
//   4. Pause 2: mark every root again (of the goroutines, those that ran
//      or were readied since their scan), rescan the marked objects on every
//      page written since it was last armed, drain. Nothing now reachable
//      is unmarked: a reference the concurrent drain missed was either in
//      a root (rescanned) or written into an already scanned object after
//      arming (its page is dirty). Objects allocated white are, if
//      reachable, found by this mark.
//      Then flush every mcache, take every span off the central lists
//      for sweeping, set the next goal and trigger.
//   5. The world runs; the collector disarms the heap, sweeps every span
//      (mgcsweep.cpp: allocBits = gcmarkBits, empty spans back to the
//      heap) and scavenges.
// Where the kernel cannot track dirty pages (gcstate.concurrent false,
// or GORUN_GC_STW=1), step 3 is skipped: pause 2 marks everything. Without
// a scheduler (the unit tests' thread) the cycle runs inline in the
// caller, with no world to stop.
//
// Pacing is simple: a goroutine allocating past the goal while a cycle
// marks waits for the cycle's end (gcWaitOverGoal; Go makes it assist the
// marking). Marking uses one thread.
//
// Invariants:
//   - gcstate.running is true for a whole cycle; only its holder touches
//     the mark stack, sweeps, or changes the goal.
//   - Mark bits are set only while gcstate.marking; cleared only by the
//     sweep, with the world stopped.
//   - While gcstate.wpActive, every page of an in-use scan span or of a
//     free span is armed or has been written since pause 1 (grow arms the
//     pages it commits).
//   - Nothing is freed while marking (sweeping ends before a cycle starts).
#include "runtime/mheap.h"

#include "runtime/natives.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace gorun::runtime {

GCState gcstate;

// The roots the last mark scanned, for the goal and gctrace (mgcmark.cpp
// fills them): goroutine stacks and G structs, and globals.
uint64_t gcStackScanBytes = 0, gcGlobalsScanBytes = 0;

namespace {

constexpr uint64_t MinHeapGoal = 4 << 20;  // Go's heapMinimum
int64_t runtimeInitTime = 0;
int64_t gcCPUStart = 0;

// The trigger sits between the live heap and the goal, at triggerRatio
// of the way: the rest is the concurrent mark's runway. The ratio is fed
// back from each cycle (Go 1.5's pacer did the same): down when
// goroutines had to wait for the mark to end, up when the mark finished
// with most of the runway left.
double triggerRatio = 0.875;

uint64_t triggerFor(uint64_t live, uint64_t goal) {
  if (goal == 0) return 0;
  return live + uint64_t(double(goal - live) * triggerRatio);
}

void adjustTriggerRatio(uint64_t trigger, uint64_t heapAtMarkEnd, uint64_t goal, bool waited) {
  if (waited) {
    triggerRatio -= 0.1;
  } else if (goal > trigger && heapAtMarkEnd < trigger + (goal - trigger) / 2) {
    triggerRatio += 0.05;
  }
  triggerRatio = triggerRatio < 0.3 ? 0.3 : triggerRatio > 0.875 ? 0.875 : triggerRatio;
}

// The goal grows GOGC percent over the live heap plus the roots the last
// mark scanned (Go 1.18's pacer: a program with a million goroutines
// pays for scanning their stacks at every cycle, so it should not collect
// as often as its small heap alone would say).
uint64_t goalFor(uint64_t marked) {
  if (gcstate.gcPercent < 0) return 0;
  uint64_t roots = gcStackScanBytes + gcGlobalsScanBytes;
  uint64_t g = marked + (marked + roots) / 100 * uint64_t(gcstate.gcPercent);
  uint64_t min = MinHeapGoal * uint64_t(gcstate.gcPercent) / 100;
  return g < min ? min : g;
}

// Go's itoaDiv/fmtNSAsMS (mgc.go), for the gctrace line.
const char* itoaDiv(char* buf, size_t n, uint64_t val, int dec) {
  int i = int(n) - 1;
  buf[i--] = 0;
  int idec = i - dec;
  while (val >= 10 || i >= idec) {
    buf[i--] = char('0' + val % 10);
    if (i == idec) buf[i--] = '.';
    val /= 10;
  }
  buf[i] = char('0' + val);
  return buf + i;
}

const char* fmtNSAsMS(char* buf, size_t n, uint64_t ns) {
  if (ns >= 10000000) return itoaDiv(buf, n, ns / 1000000, 0);
  uint64_t x = ns / 1000;
  if (x == 0) return "0";
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    dec--;
  }
  return itoaDiv(buf, n, x, dec);
}

int64_t processCPUNs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace

void gcinit() {
  runtimeInitTime = nanotime();
  gcCPUStart = processCPUNs();
  gcstate.gcPercent = 100;
  if (const char* s = getenv("GOGC")) {
    if (std::strcmp(s, "off") == 0) gcstate.gcPercent = -1;
    else if (*s) gcstate.gcPercent = strtol(s, nullptr, 10);
  }
  if (const char* s = getenv("GODEBUG")) {
    if (const char* t = std::strstr(s, "gctrace=")) gcstate.gctrace = strtol(t + 8, nullptr, 10) > 0;
  }
  if (const char* s = getenv("GORUN_STRESS_GC")) {
    long n = strtol(s, nullptr, 10);
    if (*s && std::strcmp(s, "0") != 0) gcstate.stressEvery = n > 0 ? uint64_t(n) : 1;
  }
  gcstate.heapGoal = goalFor(0);
  gcstate.heapTrigger = triggerFor(0, gcstate.heapGoal);
}


void (*gcMarkHook)() = nullptr;

namespace {

struct CycleTimes {
  int64_t start, pause1, markEnd, end;  // nanotime at each boundary
  uint64_t heap0, heap1, live, goal;
  uint64_t assistWait;  // ns goroutines spent in gcWaitOverGoal
};

void printGCTrace(const CycleTimes& c, bool forced) {
  // gc 1 @0.012s 2%: 0.026+0.38+0.003 ms clock, ... 4->4->0 MB, 4 MB goal,
  // 0 MB stacks, 0 MB globals, 2 P: pause 1, concurrent mark, pause 2
  // (mark termination and sweep), as Go's three terms. In the cpu terms,
  // where Go puts its mark assists we put the time goroutines waited in
  // gcWaitOverGoal.
  char b1[32], b2[32], b3[32], b4[32], b5[32];
  int64_t cpu = processCPUNs() - gcCPUStart;
  int util = cpu > 0 ? int(double(gcstate.gcCPUNs) * 100 / double(cpu)) : 0;
  if (util > 100) util = 100;
  const char* stw1 = fmtNSAsMS(b2, sizeof b2, uint64_t(c.pause1 - c.start));
  const char* mark = fmtNSAsMS(b3, sizeof b3, uint64_t(c.markEnd - c.pause1));
  const char* stw2 = fmtNSAsMS(b4, sizeof b4, uint64_t(c.end - c.markEnd));
  const char* assist = fmtNSAsMS(b5, sizeof b5, c.assistWait);
  char line[512];
  int n = std::snprintf(
      line, sizeof line,
      "gc %u @%ss %d%%: %s+%s+%s ms clock, %s+%s/%s/0+%s ms cpu, %llu->%llu->%llu MB, %llu MB "
      "goal, %llu MB stacks, %llu MB globals, %d P%s\n",
      gcstate.numGC, itoaDiv(b1, sizeof b1, uint64_t(c.start - runtimeInitTime) / 1000000, 3),
      util, stw1, mark, stw2, stw1, assist, mark, stw2, (unsigned long long)(c.heap0 >> 20),
      (unsigned long long)(c.heap1 >> 20), (unsigned long long)(c.live >> 20),
      (unsigned long long)(c.goal >> 20), (unsigned long long)(gcStackScanBytes >> 20),
      (unsigned long long)(gcGlobalsScanBytes >> 20), allp ? int(gomaxprocs.load()) : 1,
      forced ? " (forced)" : "");
  writeAll(2, line, size_t(n));
}

// Precleaning stops after this many rounds, or once a round finds fewer
// written pages than PrecleanDonePages (2 MB: a rescan of well under a
// millisecond is left for pause 2).
constexpr int MaxPrecleanRounds = 6;
constexpr uintptr_t PrecleanDonePages = 512;

// One cycle (the header's steps 2-5). gcstate.running is held.
void gcCycle(bool forced, uintptr_t fresh) {
  CycleTimes c{};
  bool concurrent = gcstate.concurrent;
  c.start = nanotime();
  c.heap0 = gcstate.heapLive.load();

  stopTheWorld();
  gcstate.marking.store(true);
  gcMarkBegin();
  if (concurrent) {
    gcMarkRoots(fresh, RootGs::Active);
    stackFreeDeferBegin();
    c.pause1 = startTheWorld();
    heapArm();
    gcScanGsConcurrent();
    gcDrain();
    if (gcMarkHook) gcMarkHook();
    // Precleaning: each round rescans what was written during the last,
    // so the rounds shrink while rescanning outpaces the program's writes.
    // Black allocation and the prescan start together (see the header).
    uintptr_t written = ~uintptr_t(0);
    bool black = false;
    // A round's count is of the pages written during the round before;
    // pause 2 rescans those written during the last. The round that
    // prescans is never the last: it drains what the running stacks
    // reach, for milliseconds, and the program writes meanwhile
    // (binary-trees 21: 1,500-3,000 pages, 3-6 ms of pause 2).
    for (int round = 0; round < MaxPrecleanRounds; round++) {
      bool prescan = !black && (written < PrecleanDonePages || round == MaxPrecleanRounds / 2);
      if (prescan) {
        black = true;
        gcstate.allocBlack.store(true);
        gcPrescanGs();
      }
      written = gcRescanDirty(true);
      if (black && !prescan && written < PrecleanDonePages) break;
    }
    stackFreeDeferEnd();
    c.markEnd = nanotime();
    stopTheWorld();
  } else {
    // Everything in one pause: its time is the third term.
    c.pause1 = c.markEnd = c.start;
  }
  c.heap1 = gcstate.heapLive.load();
  gcMarkRoots(fresh, concurrent ? RootGs::Changed : RootGs::All);
  gcDrain();
  if (concurrent) gcRescanDirty(false);
  gcstate.allocBlack.store(false);
  gcstate.marking.store(false);
  flushAllMCaches();
  // Live: what the marker marked and what was allocated marked (an
  // object is counted once: the marker skips marked objects).
  c.live = gcMarkedBytes() + gcstate.blackBytes;
  gcstate.blackBytes = 0;
  gcSweepStart();
  gcstate.heapLive.store(c.live);
  c.assistWait = gcstate.assistWaitNs.exchange(0);
  adjustTriggerRatio(gcstate.heapTrigger.load(), c.heap1, gcstate.heapGoal.load(),
                     c.assistWait != 0);
  c.goal = goalFor(c.live);
  gcstate.heapGoal.store(c.goal);
  gcstate.heapTrigger.store(triggerFor(c.live, c.goal));
  c.end = nanotime();

  uint64_t pause = uint64_t(c.pause1 - c.start) + uint64_t(c.end - c.markEnd);
  gcstate.pauseNs[gcstate.numGC % 256] = pause;
  gcstate.pauseTotalNs += pause;
  gcstate.gcCPUNs += uint64_t(c.end - c.start);
  gcstate.numGC++;
  if (forced) gcstate.numForcedGC++;
  timespec wall;
  clock_gettime(CLOCK_REALTIME, &wall);
  gcstate.lastGC = uint64_t(wall.tv_sec) * 1000000000 + uint64_t(wall.tv_nsec);
  if (gcstate.gctrace) printGCTrace(c, forced);
  startTheWorld();
  if (concurrent) heapDisarm();
  uint64_t freedBytes = 0;
  gcstate.nfree += gcSweepAll(&freedBytes);
  gcstate.freedBytes += freedBytes;
  // Scavenge, the world running: pages free for a second go back to the
  // OS, and more until the heap's resident pages are at most twice the
  // largest of the last few goals. Go's scavenger aims at 10% over the
  // goal, but it works in the background, slowly. Done at once after
  // every cycle, that bound gave back pages a program whose live heap
  // swings from cycle to cycle (bench/maps: 2 to 7 MB) faulted in again
  // at the next one: a quarter of bench/maps' time, for the same peak RSS.
  static uint64_t recentGoals[4];
  recentGoals[gcstate.numGC % 4] = c.goal;
  scavenge(1000000000, 2 * *std::max_element(std::begin(recentGoals), std::end(recentGoals)));
}

// Zeroes the g0 stack below the caller's frame (Boehm's GC_clear_stack):
// the frames of a wait for the collector are built next, and the
// collector scans them conservatively (stopAtRuntimeCall), so a slot they
// leave unwritten must not hold a pointer a dead frame left there.
__attribute__((noinline)) void clearStackBelow() {
  char area[4096];
  std::memset(area, 0, sizeof area);
  // The stores must happen although nothing reads them: without this the
  // compiler dropped the memset, and then the call (the volatile array
  // did not stop it), and a map the program had dropped stayed alive.
  asm volatile("" : : "r"(area) : "memory");
}

// Takes gcstate.running; an M with a P keeps stopping for other
// collections while it waits.
void acquireGC() {
  bool expected = false;
  while (!gcstate.running.compare_exchange_strong(expected, true)) {
    expected = false;
    if (sched.gcwaiting.load()) stopAtRuntimeCall();
    osyield();
  }
}

// Waits, on g0 holding a P, until `pred` holds, stopping for the
// collector's pauses meanwhile.
template <typename Pred>
void waitGC(Pred pred) {
  while (!pred()) {
    if (sched.gcwaiting.load()) stopAtRuntimeCall();
    else usleep(20);
  }
}

// Asks the collector thread for cycles until `target` have completed.
void requestCycles(uint32_t target) {
  uint32_t w = gcstate.cyclesWanted.load();
  while (int32_t(w - target) < 0 && !gcstate.cyclesWanted.compare_exchange_weak(w, target)) {
  }
  futexwakeup(&gcstate.cyclesWanted, 1);
}

}  // namespace

void stopTheWorldGC() {
  // The collector's lock first, so that no cycle runs meanwhile.
  acquireGC();
  stopTheWorld();
}

void startTheWorldGC() {
  startTheWorld();
  gcstate.running.store(false);
}

void gcBgWorker() {
  gcstate.worker = getm();
  gcstate.workerStarted.store(true);
  for (;;) {
    uint32_t done = gcstate.cyclesDone.load();
    uint32_t wanted = gcstate.cyclesWanted.load();
    if (wanted == done) {
      futexsleep(&gcstate.cyclesWanted, wanted, -1);
      continue;
    }
    acquireGC();
    gcCycle(gcstate.forcedWanted.exchange(false), 0);
    gcstate.cyclesDone.fetch_add(1);
    gcstate.running.store(false);
  }
}

void gcStart(bool forced, uintptr_t fresh) {
  if (arenaStart == 0) return;  // nothing allocated yet
  if (!gcstate.workerStarted.load()) {
    // No collector thread (no scheduler, or not yet): collect here.
    acquireGC();
    gcCycle(forced, fresh);
    gcstate.cyclesDone.fetch_add(1);
    gcstate.cyclesWanted.store(gcstate.cyclesDone.load());
    gcstate.running.store(false);
    return;
  }
  uint32_t done = gcstate.cyclesDone.load();
  if (!forced) {
    if (gcstate.cyclesWanted.load() == done && !gcstate.marking.load()) requestCycles(done + 1);
    return;
  }
  // runtime.GC: a whole cycle that starts after this call.
  uint32_t target = done + (gcstate.running.load() ? 2 : 1);
  gcstate.forcedWanted.store(true);
  requestCycles(target);
  waitGC([&] { return int32_t(gcstate.cyclesDone.load() - target) >= 0; });
}

void gcDebugState() {
  printstring("\ngc: running=");
  printint(gcstate.running.load() ? 1 : 0);
  printstring(" marking=");
  printint(gcstate.marking.load() ? 1 : 0);
  printstring(" cyclesDone=");
  printuint(gcstate.cyclesDone.load());
  printstring(" cyclesWanted=");
  printuint(gcstate.cyclesWanted.load());
  printstring(" heapLive=");
  printuint(gcstate.heapLive.load());
  printstring(" heapGoal=");
  printuint(gcstate.heapGoal.load());
}

void gcWaitOverGoal() {
  clearStackBelow();
  int64_t t0 = nanotime();
  uint32_t done = gcstate.cyclesDone.load();
  waitGC([&] { return gcstate.cyclesDone.load() != done || !gcstate.marking.load(); });
  gcstate.assistWaitNs.fetch_add(uint64_t(nanotime() - t0));
}

void readmemstats(MemStatsSnapshot* out) {
  flushAllMCaches();
  out->mallocs = gcstate.nmalloc;
  out->frees = gcstate.nfree;
  out->totalAlloc = gcstate.totalAlloc;
  out->heapAlloc = gcstate.totalAlloc - gcstate.freedBytes;
  out->heapObjects = gcstate.nmalloc - gcstate.nfree;
  out->heapSys = heapStats.heapSys;
  out->heapIdle = heapStats.heapFree;
  out->heapInuse = heapStats.spanInuse;
  out->heapReleased = heapStats.heapReleased;
  out->sys = heapStats.heapSys + heapStats.metaSys;
  out->nextGC = gcstate.heapGoal.load();
  out->lastGC = gcstate.lastGC;
  out->pauseTotalNs = gcstate.pauseTotalNs;
  out->numGC = gcstate.numGC;
  out->numForcedGC = gcstate.numForcedGC;
  std::memcpy(out->pauseNs, gcstate.pauseNs, sizeof out->pauseNs);
}

// --- package runtime natives (stdlib/runtime/mem.go).

namespace {

// runtime.MemStats, field for field (mem.go; Go's mstats.go order).
struct GoMemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
  uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256];
  uint64_t PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct {
    uint32_t Size;
    uint64_t Mallocs, Frees;
  } BySize[61];
};

struct ReadMemStatsArgs {
  void* statsPtr;
};

void readMemStatsStopped(void* arg) {
  auto* m = static_cast<GoMemStats*>(arg);
  stopTheWorldGC();
  MemStatsSnapshot s;
  readmemstats(&s);
  startTheWorldGC();
  std::memset(m, 0, sizeof *m);
  m->Alloc = m->HeapAlloc = s.heapAlloc;
  m->TotalAlloc = s.totalAlloc;
  m->Sys = s.sys;
  m->Mallocs = s.mallocs;
  m->Frees = s.frees;
  m->HeapSys = s.heapSys;
  m->HeapIdle = s.heapIdle;
  m->HeapInuse = s.heapInuse;
  m->HeapReleased = s.heapReleased;
  m->HeapObjects = s.heapObjects;
  m->NextGC = s.nextGC;
  m->LastGC = s.lastGC;
  m->PauseTotalNs = s.pauseTotalNs;
  std::memcpy(m->PauseNs, s.pauseNs, sizeof m->PauseNs);
  m->NumGC = s.numGC;
  m->NumForcedGC = s.numForcedGC;
  m->EnableGC = true;
  for (int i = 0; i < 61; i++) m->BySize[i].Size = class_to_size[i];
}

}  // namespace

void runtime_GC(void*, const void*) {
  clearStackBelow();
  gcStart(true);
}

void runtime_ReadMemStats(void*, const void* p) {
  readMemStatsStopped(static_cast<const ReadMemStatsArgs*>(p)->statsPtr);
}

void runtime_KeepAlive(void*, const void*) {}

}  // namespace gorun::runtime
