// The garbage collector (Go's mgc.go): a non-moving, stop-the-world
// mark-sweep collector over the heap of mheap.h.
//
// A cycle, all on the g0 stack of the M that starts it (gcStart):
//   1. Triggered when the heap has grown by GOGC percent over what the last
//      mark found live (heapLive >= heapGoal, checked on mallocgc's slow
//      paths), by runtime.GC, or every Nth allocation under
//      GORUN_STRESS_GC=N (1 when set to a non-number).
//   2. stopTheWorld (proc.cpp): every other P stops at a safepoint.
//   3. Every mcache is flushed to the centrals (so every span is in a
//      central list, or is a large object).
//   4. Mark (mgcmark.cpp) from the roots: goroutine stacks and saved
//      registers conservatively, registered globals conservatively, runtime
//      structures; heap objects precisely from their pointer bitmaps.
//   5. Sweep (mgcsweep.cpp), eagerly, every span: allocBits = gcmarkBits;
//      empty spans go back to the heap; the next goal is set.
//   6. The scavenger returns long-free pages to the OS.
//   7. startTheWorld.
// The pause is the whole cycle (Go's two short pauses around concurrent
// marking are the next step: see HACKING.md, "The collector").
//
// Invariants:
//   - gcstate.running is true from the CAS in gcStart to the end of the
//     cycle; only that M mutates mark bits, spans, centrals, memstats.
//   - While it runs every other P is stopped (_Pgcstop) or its M waits in
//     stopAtRuntimeCall; no mutator runs Go code.
#include "runtime/mheap.h"

#include "runtime/natives.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace gorun::runtime {

GCState gcstate;

namespace {

constexpr uint64_t MinHeapGoal = 4 << 20;  // Go's heapMinimum
int64_t runtimeInitTime = 0;
int64_t gcCPUStart = 0;

uint64_t goalFor(uint64_t marked) {
  if (gcstate.gcPercent < 0) return 0;
  uint64_t g = marked + marked / 100 * uint64_t(gcstate.gcPercent);
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
  // Until the collector has been proven on the whole suite, collection is
  // off unless asked for (GOGC=N, GORUN_GC=1, GORUN_STRESS_GC, runtime.GC).
  gcstate.gcPercent = getenv("GORUN_GC") ? 100 : -1;
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
}

// Statistics of the scan, for gctrace (mgcmark.cpp fills them).
uint64_t gcStackScanBytes = 0, gcGlobalsScanBytes = 0;

void gcStart(bool forced, uintptr_t fresh) {
  if (arenaStart == 0) return;  // nothing allocated yet
  M* mp = getm();
  // An M without a P (in a system call) leaves the collection to others.
  if (mp && allp && !mp->p) return;
  bool expected = false;
  while (!gcstate.running.compare_exchange_strong(expected, true)) {
    expected = false;
    // Another M collects. Stop here if it is stopping the world.
    if (sched.gcwaiting.load()) stopAtRuntimeCall();
    if (!forced) return;
    osyield();
  }
  if (!forced && gcstate.stressEvery == 0 && !gcShouldStart()) {
    gcstate.running.store(false);  // someone collected meanwhile
    return;
  }
  int64_t tStart = nanotime();
  stopTheWorld();
  int64_t tMark = nanotime();
  flushAllMCaches();
  uint64_t heap0 = gcstate.heapLive.load();
  uint64_t marked = gcMark(fresh);
  int64_t tMarkTerm = nanotime();
  uint64_t freedBytes = 0;
  uint64_t nfreed = gcSweep(&freedBytes);
  gcstate.nfree += nfreed;
  gcstate.freedBytes += freedBytes;
  gcstate.heapMarked = marked;
  gcstate.heapLive.store(marked);
  uint64_t goal = goalFor(marked);
  gcstate.heapGoal.store(goal);
  // Scavenge: pages free since before the previous cycle go back to the
  // OS; all free pages when more than the goal's worth are idle.
  uint64_t idle = heapStats.heapFree - heapStats.heapReleased;
  scavenge(idle > goal ? -1 : 1000000000);
  int64_t tEnd = nanotime();
  uint64_t pause = uint64_t(tEnd - tStart);
  gcstate.pauseNs[gcstate.numGC % 256] = pause;
  gcstate.pauseTotalNs += pause;
  gcstate.numGC++;
  if (forced) gcstate.numForcedGC++;
  timespec wall;
  clock_gettime(CLOCK_REALTIME, &wall);
  gcstate.lastGC = uint64_t(wall.tv_sec) * 1000000000 + uint64_t(wall.tv_nsec);
  if (gcstate.gctrace) {
    // gc 1 @0.012s 2%: 0.026+0.38+0.003 ms clock, ... 4->4->0 MB, 4 MB goal,
    // 0 MB stacks, 0 MB globals, 2 P. Our cycle is one pause: the "clock"
    // terms are stopping the world, marking, sweeping.
    char b1[32], b2[32], b3[32], b4[32];
    int64_t cpu = processCPUNs() - gcCPUStart;
    int util = cpu > 0 ? int(double(gcstate.pauseTotalNs) * 100 / double(cpu)) : 0;
    if (util > 100) util = 100;
    const char* stw = fmtNSAsMS(b2, sizeof b2, uint64_t(tMark - tStart));
    const char* mark = fmtNSAsMS(b3, sizeof b3, uint64_t(tMarkTerm - tMark));
    const char* sweep = fmtNSAsMS(b4, sizeof b4, uint64_t(tEnd - tMarkTerm));
    char line[512];
    int n = std::snprintf(
        line, sizeof line,
        "gc %u @%ss %d%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, %llu->%llu->%llu MB, %llu MB "
        "goal, %llu MB stacks, %llu MB globals, %d P%s\n",
        gcstate.numGC, itoaDiv(b1, sizeof b1, uint64_t(tStart - runtimeInitTime) / 1000000, 3),
        util, stw, mark, sweep, stw, mark, sweep,
        (unsigned long long)(heap0 >> 20), (unsigned long long)(heap0 >> 20),
        (unsigned long long)(marked >> 20), (unsigned long long)(goal >> 20),
        (unsigned long long)(gcStackScanBytes >> 20),
        (unsigned long long)(gcGlobalsScanBytes >> 20), allp ? int(gomaxprocs.load()) : 1,
        forced ? " (forced)" : "");
    writeAllRaw(2, line, size_t(n));
  }
  startTheWorld();
  gcstate.running.store(false);
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
  // Take the collector's lock so that no cycle runs meanwhile.
  bool expected = false;
  while (!gcstate.running.compare_exchange_strong(expected, true)) {
    expected = false;
    if (sched.gcwaiting.load()) stopAtRuntimeCall();
    osyield();
  }
  stopTheWorld();
  MemStatsSnapshot s;
  readmemstats(&s);
  startTheWorld();
  gcstate.running.store(false);
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

void runtime_GC(void*, const void*) { gcStart(true); }

void runtime_ReadMemStats(void*, const void* p) {
  readMemStatsStopped(static_cast<const ReadMemStatsArgs*>(p)->statsPtr);
}

void runtime_KeepAlive(void*, const void*) {}

}  // namespace gorun::runtime
