// Memory allocation (Go's malloc.go).
//
// gorun_mallocgc(size, typ) is the single entry point through which every
// Go object is allocated: JIT code, strings, slices, maps, fmt's results.
// It returns zeroed memory from the collected heap (mheap.h describes the
// structures):
//   - size 0: &zerobase, as Go;
//   - size <= 32 KiB: a slot of the size class's span in the P's mcache,
//     the lock-free fast path; an exhausted span is exchanged at the
//     central list (refill), which may take pages from the heap;
//   - larger: a span of its own from the heap.
// Objects whose type holds pointers go to "scan" spans and get their
// pointer words recorded in the span's heap bitmap (heapBitsSetType);
// pointer-free objects go to "noscan" spans and are never scanned.
//
// `typ` says what the memory holds. A JIT allocation passes the element
// type (size may be a multiple of typ->size: an array of them). Runtime
// code passes &byteType (malloc.h) for pointer-free buffers; a null typ
// means "unknown" and the object is scanned conservatively, every word
// (safe for runtime structures that do not have a descriptor yet: see
// HACKING.md).
//
// After a slow-path allocation (a refill or a large object) the heap may
// have grown past the collector's trigger: mallocgc then asks for a cycle
// (mgc.cpp), or, past the goal while a cycle marks, waits for it to end.
// In the last precleaning round of a concurrent mark (mgc.cpp), new
// objects are allocated black (marked). Every mallocgc call site is a GC point: the caller's pointers
// must be visible on its stack or in its registers (they are: C++ runtime
// code runs on g0, which is scanned conservatively for an M that collects
// or waits in stopAtRuntimeCall).
#include "runtime/malloc.h"

#include "runtime/abi.h"
#include "runtime/mheap.h"
#include "runtime/runtime2.h"

#include <cstring>

namespace gorun::runtime {

// The address of every zero-sized allocation, as Go's zerobase.
alignas(16) uint64_t zerobase[2];

// The descriptor runtime code passes for pointer-free bytes.
const GoType byteType = [] {
  GoType t{};
  t.size = 1;
  t.align = 1;
  t.kind = Kind::Uint8;
  t.flags = TypeFlagGCData;
  t.str = {reinterpret_cast<const uint8_t*>("uint8"), 5};
  return t;
}();

namespace {

bool mallocInited = false;
std::atomic<uint64_t> stressCounter{0};

void mallocinit() {
  static Mutex initLock;
  lock(&initLock);
  if (!mallocInited) {
    mheapInit();
    mcentralInit();
    gcinit();
    mallocInited = true;
  }
  unlock(&initLock);
}

}  // namespace

void* mallocgc(uintptr_t size, const GoType* typ) {
  if (size == 0) return zerobase;
  if (size > MaxAlloc) throwError("runtime: out of memory");
  if (!mallocInited) mallocinit();
  bool noscan = typ != nullptr && !typeHasPointers(typ);
  bool locked;
  MCache* c = getMCache(&locked);
  uintptr_t x;
  bool slow = false;
  if (size <= MaxSmallSize) {
    SpanClass spc = makeSpanClass(sizeToClass(size), noscan);
    MSpan* s = c->alloc[spc];
    uint32_t idx = s->nextFreeIndex();
    if (idx == s->nelems) {
      if (!refill(c, spc)) throwError("runtime: out of memory");
      s = c->alloc[spc];
      idx = s->nextFreeIndex();
      if (idx >= s->nelems) throwError("mallocgc: refilled span has no free slot");
      slow = true;
    }
    s->allocCount++;
    if (gcstate.allocBlack.load(std::memory_order_relaxed)) {
      s->setMarked(idx);
      c->blackBytes += s->elemsize;
    }
    x = s->startAddr + uintptr_t(idx) * s->elemsize;
    if (s->needzero) std::memset(reinterpret_cast<void*>(x), 0, (size + 7) & ~uintptr_t(7));
    if (!noscan) heapBitsSetType(s, x, size, typ);
    c->nmalloc++;
    c->allocBytes += s->elemsize;
  } else {
    uintptr_t npages = (size + PageSize - 1) >> PageShift;
    MSpan* s = mheapAlloc(npages, makeSpanClass(0, noscan));
    if (!s) throwError("runtime: out of memory");
    s->allocCount = 1;
    s->allocBits[0] = 1;
    s->freeindex = 1;
    s->largeSize = size;
    s->largeType = noscan ? nullptr : typ;
    if (gcstate.allocBlack.load(std::memory_order_relaxed)) {
      s->setMarked(0);
      c->blackBytes += s->elemsize;
    }
    x = s->startAddr;
    if (s->needzero) std::memset(reinterpret_cast<void*>(x), 0, size);
    gcstate.heapLive.fetch_add(s->elemsize, std::memory_order_relaxed);
    c->nmalloc++;
    c->allocBytes += s->elemsize;
    slow = true;
  }
  releaseMCache(locked);
  if (gcstate.stressEvery != 0) {
    if (stressCounter.fetch_add(1, std::memory_order_relaxed) % gcstate.stressEvery == 0)
      gcStart(false, x);
  } else if (slow) {
    if (gcShouldStart()) gcStart(false, x);
    else if (gcstate.marking.load(std::memory_order_relaxed) &&
             gcstate.heapLive.load(std::memory_order_relaxed) >= gcstate.heapGoal.load())
      gcWaitOverGoal();
  }
  return reinterpret_cast<void*>(x);
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" void* gorun_mallocgc(uint64_t size, const GoType* typ) { return mallocgc(size, typ); }
