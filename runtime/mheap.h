// The allocator's structures (Go's mheap.go, mcentral.go, mcache.go,
// mbitmap.go) and the collector's entry points (mgc.go). malloc.cpp is the
// overview; this header is what its pieces share.
//
// Objects live in spans: runs of 8 KiB pages taken from one reserved
// address range (the arena, at 0xc000000000 as in Go, so that pointers
// print alike). A small object (<= 32 KiB) is one slot of a span of its
// size class; a large object has a span of its own. Every span is found
// from any address inside it through `spans` (one entry per arena page),
// which is how conservative scanning turns an interior pointer into an
// object.
//
// Three levels, as in Go: each P has an MCache holding one span per span
// class to allocate from without locks; an MCentral per span class hands
// out spans with free slots (and takes full ones back); the MHeap hands
// out page runs to the centrals and to large objects, and takes them back
// when a sweep finds them empty.
//
// Invariants:
//   - A span is in exactly one place: a P's mcache (cached), one of its
//     central's lists (partial or full), the heap's free structures
//     (state Free), the sweeper's unswept spans (mgcsweep.cpp), or
//     nowhere (large in-use spans). Only a span in a list has meaningful
//     next/prev links: the sweep leaves the unswept spans' links stale.
//   - spans[i] is the span owning arena page i for every in-use span page;
//     for a free span, at least its first and last page (coalescing looks
//     only there).
//   - Outside a collection, gcmarkBits are all zero; allocBits say which
//     slots hold objects (bits below freeindex may be stale-allocated, bits
//     at or above it are exact). After a sweep allocBits = the marks.
//   - An object's pointer words are the bits of the span's heapBits
//     (scan spans only; noscan spans hold no pointers by construction).
#pragma once

#include "runtime/lock_futex.h"
#include "runtime/sizeclasses.h"
#include "runtime/type.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace gorun::runtime {

// Pages per span of each size class (Go's class_to_allocnpages).
inline constexpr uint8_t class_to_allocnpages[NumSizeClasses] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

// A span class is a size class and whether the objects hold pointers
// (Go's spanClass: sizeclass<<1 | noscan). Size class 0 is a large object.
inline constexpr int NumSpanClasses = NumSizeClasses << 1;
using SpanClass = uint8_t;
inline SpanClass makeSpanClass(int sizeclass, bool noscan) {
  return SpanClass((sizeclass << 1) | int(noscan));
}
inline int sizeclassOf(SpanClass sc) { return sc >> 1; }
inline bool noscanOf(SpanClass sc) { return sc & 1; }

// The most objects a small span holds (8 KiB of 8-byte objects).
inline constexpr uintptr_t MaxObjsPerSpan = PageSize / 8;

// The size class of a small allocation of `size` bytes (1 <= size <=
// MaxSmallSize).
inline int sizeToClass(uintptr_t size) {
  if (size <= SmallSizeMax - 8) return size_to_class8[(size + SmallSizeDiv - 1) / SmallSizeDiv];
  return size_to_class128[(size - SmallSizeMax + LargeSizeDiv - 1) / LargeSizeDiv];
}

enum class SpanState : uint8_t { Dead, InUse, Free };

// Go's mspan. Owned by whoever holds it (see the invariants above). The
// mark bits are set by the marker and, while it marks concurrently, by
// allocation (new objects are allocated black), so they are set
// atomically; they are cleared only by the sweep, with the world stopped.
struct MSpan {
  MSpan* next = nullptr;  // in a central list or a heap free list
  MSpan* prev = nullptr;
  uintptr_t startAddr = 0;
  uintptr_t npages = 0;
  uintptr_t elemsize = 0;  // large: npages * PageSize
  uint32_t nelems = 0;     // large: 1
  uint32_t freeindex = 0;  // slots below it are not free (or were, when cached)
  uint32_t allocCount = 0;
  SpanClass spanclass = 0;
  SpanState state = SpanState::Dead;
  bool needzero = false;   // the memory is not known to be zero
  bool scavenged = false;  // Free only: returned to the OS (known zero)
  // ~allocBits from the 64-aligned word holding freeindex, shifted so that
  // bit 0 is freeindex (Go's allocCache).
  uint64_t allocCache = 0;
  uint64_t* heapBits = nullptr;  // scan small spans: a bit per word, 1 = pointer
  const GoType* largeType = nullptr;  // large scan objects: element type
  uintptr_t largeSize = 0;            // large: the size asked for
  int64_t freedAt = 0;     // Free: nanotime when it became free (scavenger)
  uint32_t allIndex = 0;   // InUse: index in allspans()
  uint64_t allocBits[MaxObjsPerSpan / 64];
  uint64_t gcmarkBits[MaxObjsPerSpan / 64];

  uintptr_t base() const { return startAddr; }
  uintptr_t limit() const { return startAddr + npages * PageSize; }
  // Go's divMul: (offset * divMul) >> 32 == offset / elemsize for every
  // offset inside a small span, without a division. 0 for large spans.
  uint32_t divMul = 0;
  uintptr_t objIndex(uintptr_t p) const {
    return uintptr_t((uint64_t(p - startAddr) * divMul) >> 32);
  }
  bool isMarked(uintptr_t i) const {
    return __atomic_load_n(&gcmarkBits[i / 64], __ATOMIC_RELAXED) >> (i % 64) & 1;
  }
  // Sets slot i's mark; false if it was already set. Atomic: allocation
  // marks new objects while the marker marks (black allocation).
  bool setMarked(uintptr_t i) {
    uint64_t bit = uint64_t(1) << (i % 64);
    return !(__atomic_fetch_or(&gcmarkBits[i / 64], bit, __ATOMIC_RELAXED) & bit);
  }
  // setMarked without the locked instruction, for the marker while
  // nothing else marks (before black allocation starts).
  void setMarkedAlone(uintptr_t i) {
    uint64_t w = __atomic_load_n(&gcmarkBits[i / 64], __ATOMIC_RELAXED);
    __atomic_store_n(&gcmarkBits[i / 64], w | uint64_t(1) << (i % 64), __ATOMIC_RELAXED);
  }
  bool isAllocated(uintptr_t i) const { return allocBits[i / 64] >> (i % 64) & 1; }
  // The next free slot at or after freeindex, or nelems (Go's nextFreeIndex).
  uint32_t nextFreeIndex();
  void refillAllocCache(uint32_t whichWord);
};

// A span list head (Go's mSpanList).
struct SpanList {
  MSpan* first = nullptr;
  void push(MSpan* s);
  void remove(MSpan* s);
  bool empty() const { return first == nullptr; }
};

// Go's mcentral: the spans of one span class that no mcache holds.
struct MCentral {
  Mutex lock;
  SpanClass spanclass = 0;
  SpanList partial;  // spans with a free slot
  SpanList full;     // spans with none
};

// Go's mcache: a P's private spans, one per span class. Owned by the P
// (by the M holding it); flushed by the collector with the world stopped.
struct MCache {
  MSpan* alloc[NumSpanClasses];
  // Counters flushed into memstats by the collector and ReadMemStats.
  uint64_t nmalloc = 0;
  uint64_t largeAllocs = 0;
  uint64_t allocBytes = 0;  // bytes handed out (by slot size)
  uint64_t sinceStress = 0; // GORUN_STRESS_GC countdown
  uint64_t blackBytes = 0;  // allocated marked during this cycle's mark
};

// --- The heap (mheap.cpp).

// The arena: one reservation; pages are committed as the heap grows.
inline constexpr uintptr_t ArenaBaseHint = 0xc000000000;
inline constexpr uintptr_t ArenaSize = uintptr_t(64) << 30;  // 64 GiB of address space
extern uintptr_t arenaStart, arenaUsed, arenaEnd;  // [start, used) is committed
extern MSpan** spans;                               // one per arena page

// The span holding p, or null when p is outside the committed arena or in a
// page no in-use span covers (Go's spanOf).
inline MSpan* spanOf(uintptr_t p) {
  if (p - arenaStart >= arenaUsed - arenaStart) return nullptr;
  MSpan* s = spans[(p - arenaStart) >> PageShift];
  if (s == nullptr || __atomic_load_n(&s->state, __ATOMIC_ACQUIRE) != SpanState::InUse ||
      p < s->startAddr)
    return nullptr;
  return s;
}

// Object lookup for interior pointers (Go's findObject): the start of the
// allocated object containing p and its span, or 0. With the world stopped
// or from the owner of the span.
uintptr_t findObject(uintptr_t p, MSpan** sp = nullptr);

void mheapInit();
// npages of zeroed-or-needzero memory as an in-use span (Go's mheap.alloc);
// lock-free callers only through mcentral/large allocation.
MSpan* mheapAlloc(uintptr_t npages, SpanClass sc);
// Returns an in-use span's pages to the heap (Go's freeSpan).
void mheapFree(MSpan* s);
// Every in-use span (handed out and not yet freed), for the sweeper; an
// MSpan's allIndex is its position. With the world stopped.
std::vector<MSpan*>& allspans();
// Returns free pages to the OS (Go's scavenger): those free for longer
// than `age` ns (all when age < 0), then more, largest runs first, until
// the heap's resident pages (in use, and free but not released) are at
// most retainLimit bytes. Returns bytes released.
uintptr_t scavenge(int64_t age, uint64_t retainLimit = ~uint64_t(0));

// Heap statistics, guarded by the heap lock (Go's memstats / mheap_.pages).
struct HeapStats {
  uint64_t heapSys = 0;       // committed arena bytes
  uint64_t heapReleased = 0;  // free pages returned to the OS
  uint64_t heapFree = 0;      // free pages (released or not)
  uint64_t spanInuse = 0;     // in-use span bytes
  uint64_t metaSys = 0;       // span structs and heap bitmaps
};
extern HeapStats heapStats;

// --- Centrals and caches (mcentral.cpp, mcache.cpp).
extern MCentral mcentrals[NumSpanClasses];
void mcentralInit();
// A span with at least one free slot (Go's cacheSpan); null: out of memory.
MSpan* cacheSpan(MCentral* c);
// Gives a cached span back (Go's uncacheSpan).
void uncacheSpan(MCentral* c, MSpan* s);
// Puts a span no mcache holds on c's partial or full list.
void mcentralPut(MCentral* c, MSpan* s);
MCache* allocmcache();
// The mcache of the running M's P, or the shared one (under its lock) for
// threads with no P; *locked says the latter.
MCache* getMCache(bool* locked);
void releaseMCache(bool locked);
// Replaces c's span of class spc by one with a free slot (Go's refill);
// false when the heap is exhausted.
bool refill(MCache* c, SpanClass spc);
// Returns every span of c to the centrals (Go's releaseAll), with the world
// stopped, and folds its counters into memstats.
void flushMCache(MCache* c);
// Every mcache (every P's and the shared one): the collector's flush.
void flushAllMCaches();

// Heap bits (mbitmap.cpp): records the pointer words of an object of
// `size` bytes of values of type typ at p (Go's heapBitsSetType).
void heapBitsSetType(MSpan* s, uintptr_t p, uintptr_t size, const GoType* typ);
// Whether a type holds pointers, and its pointer mask (1 bit per word over
// ptrdata; Go's ptrdata/gcdata). From the JIT's descriptor when it carries
// one (TypeFlagGCData), else computed from the descriptor once and cached.
struct PtrMask {
  uintptr_t ptrdata = 0;       // bytes with pointers; 0: none
  const uint8_t* bits = nullptr;
};
PtrMask ptrmaskDerived(const GoType* t);
inline PtrMask ptrmaskOf(const GoType* t) {
  if (t->flags & TypeFlagGCData) return {uintptr_t(t->ptrdata), t->gcdata};
  return ptrmaskDerived(t);
}
inline bool typeHasPointers(const GoType* t) { return t && ptrmaskOf(t).ptrdata != 0; }

// --- The collector (mgc.cpp, mgcmark.cpp, mgcsweep.cpp).

struct MemStatsSnapshot {
  uint64_t heapAlloc, heapSys, heapIdle, heapInuse, heapReleased, heapObjects;
  uint64_t totalAlloc, mallocs, frees, sys, nextGC, lastGC, pauseTotalNs;
  uint32_t numGC, numForcedGC;
  uint64_t pauseNs[256];
};

// The collector's state (Go's gcController + work). `running` is held
// for a whole cycle, by the collector thread or by whoever collects
// inline; the counters below it are written only by that holder.
struct GCState {
  std::atomic<uint64_t> heapLive{0};  // bytes in cached spans + allocated since the last mark
  std::atomic<uint64_t> heapGoal{0};  // the heap size a cycle should end by (0: never collect)
  std::atomic<uint64_t> heapTrigger{0};  // start a cycle when heapLive reaches it
  // Concurrent marking (mgc.cpp): the phase, and whether allocation marks
  // new objects (set once the heap is write-protected).
  std::atomic<bool> marking{false};
  std::atomic<bool> allocBlack{false};
  std::atomic<uint32_t> cyclesDone{0};    // cycles completed
  std::atomic<uint32_t> cyclesWanted{0};  // cycles asked for
  std::atomic<bool> workerStarted{false};  // gcBgWorker runs the cycles
  struct M* worker = nullptr;             // gcBgWorker's M, set before workerStarted
  std::atomic<bool> forcedWanted{false};  // a runtime.GC is among the cycles asked for
  bool concurrent = false;                // dirty-page tracking works (mgcdirty.cpp)
  bool wpActive = false;                  // heap pages are armed; under the heap lock
  int64_t gcPercent = 100;            // GOGC; < 0: off
  uint32_t numGC = 0, numForcedGC = 0;
  uint64_t pauseTotalNs = 0;
  uint64_t blackBytes = 0;            // the mcaches' blackBytes, flushed
  std::atomic<uint64_t> assistWaitNs{0};  // this cycle's time in gcWaitOverGoal
  uint64_t gcCPUNs = 0;               // the collector's time: pauses and concurrent marking
  uint64_t pauseNs[256] = {};
  uint64_t lastGC = 0;                // wall-clock ns
  uint64_t nmalloc = 0, nfree = 0, totalAlloc = 0, freedBytes = 0;
  bool gctrace = false;
  uint64_t stressEvery = 0;           // GORUN_STRESS_GC: collect every Nth allocation
  std::atomic<bool> running{false};
};
extern GCState gcstate;

// Parses GOGC, GODEBUG=gctrace=1 and GORUN_STRESS_GC (once).
void gcinit();
// Asks for a collection (Go's gcStart). With the scheduler running a
// cycle runs on the collector thread: a request returns at once, a forced
// one (runtime.GC) waits until a whole cycle that began after the call
// has finished. Without a scheduler (the unit tests' thread) the cycle
// runs inline, all of it with the world stopped. On g0 or a thread with
// no M. fresh: an object mallocgc has just allocated and not yet
// returned, kept alive as a root by an inline cycle.
void gcStart(bool forced, uintptr_t fresh = 0);
// The mallocgc slow path asks whether the heap has grown enough.
inline bool gcShouldStart() {
  uint64_t trigger = gcstate.heapTrigger.load(std::memory_order_relaxed);
  return trigger != 0 && gcstate.heapLive.load(std::memory_order_relaxed) >= trigger &&
         !gcstate.marking.load(std::memory_order_relaxed);
}
// Called by mallocgc when the heap outgrows its goal while a cycle marks:
// the allocating goroutine waits for the cycle to end (Go has it assist
// the marking instead).
void gcWaitOverGoal();

// For tests: called on the collecting thread after the concurrent drain,
// before the dirty rescans, with the heap armed.
extern void (*gcMarkHook)();

// Marking (mgcmark.cpp). Roots and heap are marked into a mark stack that
// only the collecting thread touches.
// Marks every object the roots reference (grey: not yet scanned). gs:
// which goroutines count (mgcmark.cpp, "Goroutine roots"): all of them,
// the active ones (pause 1; gcScanGsConcurrent follows), or those that
// changed since gcScanGsConcurrent (pause 2).
enum class RootGs { All, Active, Changed };
void gcMarkRoots(uintptr_t fresh, RootGs gs);
// Scans the goroutines that are not running, the world running.
void gcScanGsConcurrent();
// Precleaning's goroutine pass, the world running: the stacks of the Gs
// that run (whole, or from the sp of their runtime call), and of the
// others that ran or were readied since their scan. Racy reads, all
// rescanned in pause 2: it only moves marking out of the pause.
void gcPrescanGs();
// Scans grey objects until there are none. Returns bytes marked so far.
uint64_t gcDrain();
// Bytes of the objects the marker has marked in this cycle.
uint64_t gcMarkedBytes();
// Rescans the marked objects of the pages written since they were armed
// (mgcdirty.cpp), re-arming them if rearm. Returns the pages found.
uintptr_t gcRescanDirty(bool rearm);
// Starts a mark: mark counters to zero.
void gcMarkBegin();

// Dirty-page tracking (mgcdirty.cpp). dirtyInit registers the arena
// reservation; false when the kernel cannot track writes.
bool dirtyInit(uintptr_t lo, uintptr_t hi);
void dirtyProtect(uintptr_t lo, uintptr_t hi);
void dirtyUnprotect(uintptr_t lo, uintptr_t hi);
// Calls fn for each run of pages in [lo, hi) written since armed;
// re-arms them if rearm. Returns the number of pages.
uintptr_t dirtyCollect(uintptr_t lo, uintptr_t hi, bool rearm,
                       void (*fn)(uintptr_t lo, uintptr_t hi));
// Arms the pages of every in-use scan span and every free page, and from
// now on every page the heap commits (mheap.cpp); heapDisarm undoes it.
// In-use noscan spans hold no pointers, so what is written there cannot
// hide one: in a web server they were six pages in seven, and arming them
// was most of the collector's system time (page-table walks, TLB
// shootdowns). Free pages are armed so that a span made of them while
// marking is armed already (arming each new span cost an ioctl and a TLB
// shootdown per span: binary-trees' pause 2 went from 1.5 to 15 ms).
void heapArm();
void heapDisarm();
// The address ranges armed now: heapArm's (neighbours merged when less
// than ScanRunGap apart: one ioctl each, and a noscan page armed costs no
// more than a scan page), then the pages committed since.
inline constexpr uintptr_t ScanRunGap = 64 << 10;
std::vector<std::pair<uintptr_t, uintptr_t>> heapScanRuns();
// Sweeping (mgcsweep.cpp). gcSweepStart, at mark termination with the
// world stopped and every mcache flushed, takes every span off the
// central lists; gcSweepAll, the world running, sweeps them and gives
// them back. Returns the number of objects freed and adds their bytes to
// *freedBytes.
void gcSweepStart();
uint64_t gcSweepAll(uint64_t* freedBytes);
// ReadMemStats' numbers, with the world stopped.
void readmemstats(MemStatsSnapshot* out);

// --- Roots the collector knows besides stacks (mgcmark.cpp).
// A range of memory scanned conservatively at every collection: the
// mutable globals of a JIT module, runtime statics holding Go pointers.
void addRootRange(const void* p, uintptr_t n);
void removeRootRange(const void* p);

}  // namespace gorun::runtime
