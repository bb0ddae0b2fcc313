// Marking (Go's mgcmark.go): from the roots, set the mark bit of every
// reachable object. mgc.cpp's header says when each part runs: root
// marking with the world stopped, draining concurrently with the mutator
// (or stopped, without dirty tracking), and the dirty-page rescan.
//
// Roots, and how each is scanned:
//   - Goroutine stacks, conservatively: every aligned word that points
//     into an allocated slot of an in-use span marks that object (interior
//     pointers included). Optimised code (-O) may keep only a loop's end
//     pointer live (loop strength reduction counts up to it, addressing
//     from it), so under -O a word that points at an object's first byte
//     also marks the object before it (endPointers). Not otherwise: the
//     fast tier runs no IR passes and its code generator (FastISel) no
//     strength reduction, and every live pointer kept its neighbour
//     alive (a map header the next one's, with its buckets). A slice or
//     string the lowering advances to its end has capacity or length 0,
//     never dereferenced. A G that is not
//     running is scanned from its saved sp up, plus the registers in its
//     Gobuf; a G that is running (the collector's own, one whose M waits in
//     stopAtRuntimeCall or sits in a system call) is in a runtime call on
//     its M's g0, and scanned from the sp it left (M::onG0) up. Below an
//     sp lie dead frames: scanning them kept a returned function's map
//     alive through the next collection.
//   - The g0 stacks of the collecting M (from here up) and of Ms waiting in
//     stopAtRuntimeCall (from gcStopSP up), conservatively, with callee-
//     saved registers spilled first: C++ runtime code holds pointers
//     there (a fresh object between mallocgc and its store).
//   - Every live G's fields that may point into the heap (scanG: startfn,
//     param, the sema record, the defer and panic chains, the timer).
//
// Goroutine roots, concurrently. Scanning tens of thousands of Gs (a
// program that spawns a million goroutines has that many queued) took
// milliseconds in each pause. So pause 1 scans only the active Gs
// (isActive), and the collector scans, with the world running, every G
// that is not running
// (runnable or waiting: its stack from its saved sp up, its Gobuf, its
// fields). Such a scan holds until the G is made runnable or runs again:
// G::runGen counts those events (bumped before the status changes), and a
// scan that saw the same runGen before and after records it in scanGen.
// Pause 2 rescans only the Gs whose runGen moved (or that were running,
// or had no scan). Nothing else writes a parked G's stack or fields
// without readying it in the same runtime call, with no stop point in
// between (a channel hand-off copies into the receiver's stack, then
// goready; sema sets param, then goready), so an unmoved runGen means
// an unchanged G. The reads race with the G starting to run: they only
// need the memory to stay mapped (a small stack's memory always is, a
// large one's munmap waits, stackFreeDeferBegin), and a G that started
// running meanwhile has a new runGen, so its scan is not kept.
// GORUN_GC_STW=1 (one pause) scans every G in the pause.
//   - Every P's timers, conservatively (the Timer and its arg).
//   - Registered ranges (addRootRange): the mutable globals of every JIT
//     module (jit/gcdata.cpp), conservatively.
// Heap objects are scanned precisely: small objects through their span's
// heap bitmap, large ones by repeating their type's pointer mask. Objects
// allocated with a null type (runtime structures without a descriptor,
// e.g. map buckets) have every word's bit set: scanned conservatively.
//
// The mark stack is a plain vector of object addresses (Go's gcWork) that
// only the collecting thread touches; marking is single-threaded.
// Parallel marking would give each P its own stack and steal from the
// others (Go's work.full lists).
//
// Marking concurrently with the mutator, the marker reads heap words
// while they are written. That is sound on amd64 (aligned 8-byte loads
// and stores do not tear) and complete because every page written after
// it was armed is rescanned (gcRescanDirty), and every root is rescanned
// with the world stopped. What the marker may see half-made is a span
// being initialised (state InUse is published last, mheapAlloc) or an
// object being allocated (its heap bits being written): the first is
// excluded by the release/acquire order, the second only makes the scan
// of that object wrong in ways the dirty rescan repairs, because the
// allocation's own writes dirty the object's page. Nothing is freed while
// marking, so every span the marker finds stays valid.
#include "runtime/mheap.h"

#include "runtime/abi.h"

#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <algorithm>
#include <vector>

namespace gorun::runtime {

extern uint64_t gcStackScanBytes, gcGlobalsScanBytes;

namespace {

struct RootRange {
  uintptr_t lo, hi;
};
Mutex rootsLock;
std::vector<RootRange>* roots;

std::vector<uintptr_t>* markStack;
uint64_t markedBytes;

inline bool inArena(uintptr_t v) { return v - arenaStart < arenaUsed - arenaStart; }

// Marks the object holding v (a precise pointer or a conservative guess).
inline void markObject(uintptr_t v) {
  MSpan* s = spanOf(v);
  if (!s) return;
  uintptr_t idx = s->objIndex(v);
  if (idx >= s->nelems) return;
  if (idx >= s->freeindex && !s->isAllocated(idx)) return;  // a free slot
  if (s->isMarked(idx)) return;
  // The collector turns black allocation on (mgc.cpp): until then the
  // marker is the only writer of mark bits. Half of markObject's samples
  // in binary-trees were on the locked RMW.
  if (!gcstate.allocBlack.load(std::memory_order_relaxed)) s->setMarkedAlone(idx);
  else if (!s->setMarked(idx)) return;
  markedBytes += s->elemsize;
  if (!noscanOf(s->spanclass)) markStack->push_back(s->startAddr + idx * s->elemsize);
}

// Set once by gcKeepEndPointers, before any JIT code runs.
bool endPointers = false;

// A conservative word: under endPointers, also the object ending just
// below v.
inline void markConservative(uintptr_t v) {
  if (!inArena(v)) return;
  markObject(v);
  if (endPointers) markObject(v - 1);
}

void scanConservative(uintptr_t lo, uintptr_t hi) {
  lo = (lo + 7) & ~uintptr_t(7);
  for (uintptr_t a = lo; a + 8 <= hi; a += 8) markConservative(*reinterpret_cast<uintptr_t*>(a));
}

// Scans one heap object precisely (Go's scanobject); of a large object,
// only the words in [lo, hi) (a dirty rescan looks at the written pages).
void scanobject(uintptr_t obj, uintptr_t lo = 0, uintptr_t hi = ~uintptr_t(0)) {
  MSpan* s = spanOf(obj);
  if (!s) return;
  if (sizeclassOf(s->spanclass) != 0) {
    uint64_t* hb = s->heapBits;
    uintptr_t w = (obj - s->startAddr) / 8, end = w + s->elemsize / 8;
    while (w < end) {
      uint64_t bits = hb[w / 64] >> (w % 64);
      uintptr_t chunk = std::min<uintptr_t>(64 - w % 64, end - w);
      if (chunk < 64) bits &= (uint64_t(1) << chunk) - 1;
      while (bits) {
        uintptr_t i = uintptr_t(__builtin_ctzll(bits));
        bits &= bits - 1;
        uintptr_t v = *reinterpret_cast<uintptr_t*>(s->startAddr + (w + i) * 8);
        if (inArena(v)) markObject(v);
      }
      w += chunk;
    }
    return;
  }
  uintptr_t size = std::min(s->largeSize, s->limit() - obj);
  lo = std::max(lo, obj);
  hi = std::min(hi, obj + size);
  if (lo >= hi) return;
  const GoType* t = s->largeType;
  if (!t) {  // unknown layout
    scanConservative(lo, hi);
    return;
  }
  PtrMask m = ptrmaskOf(t);
  if (t->size == 0) return;
  uintptr_t pw = m.ptrdata / 8;
  for (uintptr_t e = (lo - obj) / t->size; e < size / t->size; e++) {
    uintptr_t base = obj + e * t->size;
    if (base >= hi) break;
    for (uintptr_t i = 0; i < pw; i++) {
      if (!(m.bits[i / 8] >> (i % 8) & 1)) continue;
      uintptr_t v = *reinterpret_cast<uintptr_t*>(base + i * 8);
      if (inArena(v)) markObject(v);
    }
  }
}

void scanGobuf(const Gobuf& b) {
  for (uintptr_t v : {b.rbx, b.rbp, b.r12, b.r13, b.r14, b.r15}) markConservative(v);
}

// The low end of the live part of [lo, hi), the stack of gp, which runs:
// the sp it left for its M's g0 (M::onG0), else lo. Read with the world
// running, the answer may be stale (the G returned and went deeper), which
// only the precleaning prescan does: pause 2 scans the G again.
uintptr_t runningSP(G* gp, uintptr_t lo, uintptr_t hi) {
  M* mp = __atomic_load_n(&gp->m, __ATOMIC_ACQUIRE);
  if (!mp || __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE) != gp) return lo;
  uintptr_t sp = __atomic_load_n(&mp->onG0, __ATOMIC_ACQUIRE);
  return sp > lo && sp <= hi ? sp : lo;
}

void scanstack(G* gp) {
  uint32_t st = gp->atomicstatus;
  if (st == _Gdead || st == _Gidle || gp->stackhi == 0) return;
  uintptr_t lo = gp->stacklo;
  if (st == _Grunnable || st == _Gwaiting) {
    if (gp->sched.sp >= gp->stacklo && gp->sched.sp <= gp->stackhi) lo = gp->sched.sp;
    scanGobuf(gp->sched);
  } else {
    lo = runningSP(gp, lo, gp->stackhi);
  }
  scanConservative(lo, gp->stackhi);
  gcStackScanBytes += gp->stackhi - lo;
}

// The fields of a G that may hold the only reference to a heap object
// (a million goroutines made scanning whole G structs dominate pause 1).
// The others point at runtime structures (Ms, Gs, sudogs) or are
// numbers; the saved registers are scanstack's.
static_assert(sizeof(G) == 248, "G changed: if a new field can hold a heap pointer, scan it in scanG");
void scanG(G* gp) {
  const void* fields[] = {gp->startfn, gp->param, gp->timer, gp->semaAddr, gp->defers, gp->panics};
  for (const void* p : fields) markConservative(reinterpret_cast<uintptr_t>(p));
  gcStackScanBytes += 6 * sizeof(void*);
}

// Pause 1's goroutines: those that run or are about to run again (on a
// CPU, in a system call, or runnable after having run). The concurrent
// scan skips a G that runs, leaving it to pause 2; a G running a long
// computation (binary-trees' main) held the only path to most of the heap,
// and pause 2 then marked all of it. Waiting and never-run Gs (a spawned
// G's stack is empty) are left to the concurrent scan.
bool isActive(G* gp) {
  uint32_t st = gp->atomicstatus;
  return st == _Grunning || st == _Gsyscall ||
         (st == _Grunnable && gp->sched.pc != reinterpret_cast<uintptr_t>(&gorun_goentry));
}

// The current cycle's number (gcMarkBegin), for G::scanCycle.
uint32_t scanCycle = 0;

// Whether gp was scanned concurrently this cycle and has not run or been
// readied since (the world stopped).
bool scanStillValid(G* gp) {
  return gp->scanCycle == scanCycle && gp->scanGen == gp->runGen;
}

// One concurrent G scan (the header's "Goroutine roots").
void scanGConcurrent(G* gp) {
  uint32_t gen = __atomic_load_n(&gp->runGen, __ATOMIC_SEQ_CST);
  uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_SEQ_CST);
  if (st != _Grunnable && st != _Gwaiting) return;
  uintptr_t lo = __atomic_load_n(&gp->stacklo, __ATOMIC_SEQ_CST);
  uintptr_t hi = __atomic_load_n(&gp->stackhi, __ATOMIC_SEQ_CST);
  uintptr_t sp = __atomic_load_n(&gp->sched.sp, __ATOMIC_SEQ_CST);
  Gobuf regs = gp->sched;
  // Read before it could run: the bounds belong together.
  if (__atomic_load_n(&gp->runGen, __ATOMIC_SEQ_CST) != gen) return;
  if (hi == 0 || sp < lo || sp > hi) return;
  scanGobuf(regs);
  scanConservative(sp, hi);
  gcStackScanBytes += hi - sp;
  scanG(gp);
  if (__atomic_load_n(&gp->runGen, __ATOMIC_SEQ_CST) != gen) return;
  gp->scanGen = gen;
  gp->scanCycle = scanCycle;
}

// Precleaning's look at a G that runs (gcPrescanGs): from the sp it left
// for a runtime call, else whole, since where its sp is in JIT code
// cannot be known. The bounds are taken only when
// consistent (copystack clears stackhi before it changes stacklo); the
// memory stays mapped while the collector reads stacks
// (stackFreeDeferBegin). A stack over PrescanMaxStack is left to pause 2,
// which knows its sp.
constexpr uintptr_t PrescanMaxStack = 1 << 20;
void scanRunningStack(G* gp) {
  uintptr_t hi = __atomic_load_n(&gp->stackhi, __ATOMIC_ACQUIRE);
  uintptr_t lo = __atomic_load_n(&gp->stacklo, __ATOMIC_ACQUIRE);
  if (hi == 0 || __atomic_load_n(&gp->stackhi, __ATOMIC_ACQUIRE) != hi) return;
  if (hi <= lo || hi - lo > PrescanMaxStack) return;
  scanConservative(runningSP(gp, lo, hi), hi);
  scanG(gp);
}

// The collecting M's own g0 stack, from its stack pointer up, with the
// callee-saved registers spilled into this frame. Not lower: below lie the
// marker's dead frames, which held addresses of objects it scanned in the
// previous cycle (a garbage map survived every cycle under
// GORUN_STRESS_GC).
__attribute__((noinline)) void scanOwnStack(M* self) {
  __builtin_unwind_init();
  uintptr_t here;
  asm volatile("mov %%rsp, %0" : "=r"(here));
  uintptr_t top = self->g0top + 256;
  // Only on g0: on a goroutine stack the G's own scan covers this frame.
  if (here >= self->g0lo && here < top) scanConservative(here, top);
}

}  // namespace

void gcKeepEndPointers() { endPointers = true; }

void addRootRange(const void* p, uintptr_t n) {
  lock(&rootsLock);
  if (!roots) roots = new std::vector<RootRange>();
  auto lo = reinterpret_cast<uintptr_t>(p);
  roots->push_back({lo, lo + n});
  unlock(&rootsLock);
}

void removeRootRange(const void* p) {
  lock(&rootsLock);
  if (roots) {
    auto lo = reinterpret_cast<uintptr_t>(p);
    roots->erase(std::remove_if(roots->begin(), roots->end(),
                                [&](const RootRange& r) { return r.lo == lo; }),
                 roots->end());
  }
  unlock(&rootsLock);
}

namespace {

struct RootTableEntry {
  const void* p;
  int64_t size;
};

// A root table's entries (abi.h): {int64 n; RootTableEntry e[n]}.
std::pair<const RootTableEntry*, int64_t> rootTable(const void* table) {
  auto n = *static_cast<const int64_t*>(table);
  return {reinterpret_cast<const RootTableEntry*>(static_cast<const int64_t*>(table) + 1), n};
}

}  // namespace

void registerGlobalRoots(const void* table) {
  auto [e, n] = rootTable(table);
  for (int64_t i = 0; i < n; i++) addRootRange(e[i].p, uintptr_t(e[i].size));
}

void unregisterGlobalRoots(const void* table) {
  auto [e, n] = rootTable(table);
  for (int64_t i = 0; i < n; i++) removeRootRange(e[i].p);
}

void gcMarkBegin() {
  if (!markStack) {
    markStack = new std::vector<uintptr_t>();
    markStack->reserve(1 << 16);
  }
  markedBytes = 0;
  if (++scanCycle == 0) scanCycle = 1;  // 0: never scanned
}

void gcMarkRoots(uintptr_t fresh, RootGs gs) {
  if (gs != RootGs::Changed) {
    gcStackScanBytes = 0;
    gcGlobalsScanBytes = 0;
  }
  if (fresh) markObject(fresh);
  // Globals.
  lock(&rootsLock);
  if (roots) {
    for (const RootRange& r : *roots) {
      scanConservative(r.lo, r.hi);
      gcGlobalsScanBytes += r.hi - r.lo;
    }
  }
  unlock(&rootsLock);

  M* self = getm();
  // The collector's own g0 stack (C++ callers of mallocgc, JIT registers)
  // when it collects inline. The collector thread's holds no roots, only
  // stale words of its earlier cycles in slots not yet written in this
  // one: they kept a garbage map alive.
  if (self && self != gcstate.worker) scanOwnStack(self);
  if (!allp) return;
  // Goroutines: stacks, saved registers, the G structs.
  // A dead G (on a free list) holds nothing live: its stale fields
  // would only keep garbage.
  for (G* gp = allgsHead(); gp; gp = gp->alllink) {
    if (gp->atomicstatus == _Gdead) continue;
    if (gs == RootGs::Changed && scanStillValid(gp)) continue;
    if (gs == RootGs::Active && !isActive(gp)) continue;
    scanstack(gp);
    scanG(gp);
  }
  // Ms waiting inside runtime calls.
  for (M* mp = allm; mp; mp = mp->alllink) {
    if (mp != self && mp->gcStopSP) scanConservative(mp->gcStopSP, mp->g0top + 256);
  }
  // Timers.
  for (int i = 0; i < 256 && allp[i]; i++) {
    P* pp = allp[i];
    lock(&pp->timersLock);
    for (int32_t k = 0; k < pp->ntimers; k++) {
      Timer* t = pp->timers[k];
      markConservative(reinterpret_cast<uintptr_t>(t));
      scanConservative(reinterpret_cast<uintptr_t>(t), reinterpret_cast<uintptr_t>(t + 1));
    }
    unlock(&pp->timersLock);
  }
}

void gcScanGsConcurrent() {
  for (G* gp = allgsHead(); gp; gp = gp->alllink) scanGConcurrent(gp);
}

void gcPrescanGs() {
  for (G* gp = allgsHead(); gp; gp = gp->alllink) {
    uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
    if (st == _Grunning || st == _Gsyscall) {
      scanRunningStack(gp);
    } else if (!scanStillValid(gp)) {
      scanGConcurrent(gp);
    }
  }
}

uint64_t gcMarkedBytes() { return markedBytes; }

uint64_t gcDrain() {
  while (!markStack->empty()) {
    uintptr_t obj = markStack->back();
    markStack->pop_back();
    scanobject(obj);
  }
  return markedBytes;
}

namespace {

// Pushes, for rescanning, every marked object of a scan span that
// overlaps the written pages [lo, hi); scans the written part of large
// objects at once.
void rescanPages(uintptr_t lo, uintptr_t hi) {
  for (uintptr_t p = lo; p < hi;) {
    MSpan* s = spanOf(p);
    if (!s) {
      p = (p + PageSize) & ~(PageSize - 1);
      continue;
    }
    uintptr_t end = std::min(hi, s->limit());
    if (!noscanOf(s->spanclass)) {
      if (sizeclassOf(s->spanclass) == 0) {
        if (s->isMarked(0)) scanobject(s->startAddr, p, end);
      } else {
        uintptr_t last = std::min<uintptr_t>(s->objIndex(end - 1), s->nelems - 1);
        for (uintptr_t i = s->objIndex(p); i <= last; i++)
          if (s->isMarked(i)) markStack->push_back(s->startAddr + i * s->elemsize);
      }
    }
    p = end;
  }
}

}  // namespace

uintptr_t gcRescanDirty(bool rearm) {
  // Only armed pages say truthfully whether they were written (heapArm).
  uintptr_t pages = 0;
  for (auto [lo, hi] : heapScanRuns()) pages += dirtyCollect(lo, hi, rearm, rescanPages);
  gcDrain();
  return pages;
}

}  // namespace gorun::runtime
