// The page heap (Go's mheap.go, mpagealloc.go, mgcscavenge.go), much
// simplified.
//
// One arena is reserved at start-up (64 GiB of PROT_NONE address space,
// at 0xc000000000 when the kernel allows) and committed from the bottom
// as the heap grows. Free page runs are MSpans in state Free, kept in
// lists by length (free[n] for n < 128 pages, one list above) and
// coalesced with their free neighbours when freed, found through the
// spans table. Allocation is best fit, lowest address among equals being
// whatever the list gives: good enough for a first version (Go 1.12's
// mheap was the same design; Go 1.14 moved to a radix tree of bitmaps).
//
// The scavenger returns free runs to the OS with madvise(MADV_DONTNEED):
// the collector calls scavenge() after each cycle (the world running) for
// runs that have been free for a while, and for all of them when the heap
// has shrunk a lot.
// Released memory reads as zero, so a scavenged run needs no zeroing.
//
// Everything here runs under heapLock: from mcentral refills, large
// allocations and the collector's sweep (world stopped).
#include "runtime/mheap.h"

#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <cstdlib>
#include <cstring>
#include <sys/mman.h>

namespace gorun::runtime {

uintptr_t arenaStart = 0, arenaUsed = 0, arenaEnd = 0;
MSpan** spans = nullptr;
HeapStats heapStats;

namespace {

constexpr uintptr_t MaxSmallFreePages = 128;
// The heap grows by at least this much at a time (committed, not touched).
constexpr uintptr_t HeapGrowStep = 4 << 20;

Mutex heapLock;
SpanList freeSmall[MaxSmallFreePages];  // free runs of exactly n pages
SpanList freeLarge;                     // free runs of >= 128 pages
std::vector<MSpan*>* inuse;             // allspans()
MSpan* spanPool = nullptr;              // recycled MSpan structs

MSpan* newSpanStruct() {
  MSpan* s = spanPool;
  if (s) {
    spanPool = s->next;
    *s = MSpan{};
  } else {
    s = new MSpan{};
    heapStats.metaSys += sizeof(MSpan);
  }
  std::memset(s->allocBits, 0, sizeof s->allocBits);
  std::memset(s->gcmarkBits, 0, sizeof s->gcmarkBits);
  return s;
}

void freeSpanStruct(MSpan* s) {
  s->state = SpanState::Dead;
  s->next = spanPool;
  spanPool = s;
}

uintptr_t pageIndex(uintptr_t p) { return (p - arenaStart) >> PageShift; }

void setSpans(MSpan* s) {
  uintptr_t i = pageIndex(s->startAddr);
  for (uintptr_t k = 0; k < s->npages; k++) spans[i + k] = s;
}

SpanList& freeListFor(uintptr_t npages) {
  return npages < MaxSmallFreePages ? freeSmall[npages] : freeLarge;
}

void insertFree(MSpan* s) {
  s->state = SpanState::Free;
  freeListFor(s->npages).push(s);
}

void removeFree(MSpan* s) {
  freeListFor(s->npages).remove(s);
}

// Merges free span s with its free neighbours and inserts the result.
// heapLock held.
void coalesceAndInsert(MSpan* s) {
  auto absorb = [&](MSpan* t) {
    removeFree(t);
    if (s->scavenged != t->scavenged) {
      // The merged run counts as unscavenged: its released part is
      // re-counted as free (it reads as zero either way).
      MSpan* rel = s->scavenged ? s : t;
      heapStats.heapReleased -= rel->npages * PageSize;
      s->scavenged = false;
      s->needzero = true;
    }
    s->needzero |= t->needzero;
    if (t->startAddr < s->startAddr) s->startAddr = t->startAddr;
    s->npages += t->npages;
    freeSpanStruct(t);
  };
  uintptr_t i = pageIndex(s->startAddr);
  if (i > 0) {
    MSpan* left = spans[i - 1];
    if (left && left->state == SpanState::Free) absorb(left);
  }
  uintptr_t end = pageIndex(s->startAddr) + s->npages;
  if (arenaStart + end * PageSize < arenaUsed) {
    MSpan* right = spans[end];
    if (right && right->state == SpanState::Free) absorb(right);
  }
  setSpans(s);
  insertFree(s);
}

// What is armed while gcstate.wpActive: heapArm's runs, then the pages
// grow commits. heapLock.
std::vector<std::pair<uintptr_t, uintptr_t>> armedRuns;

// Commits at least npages more of the arena as one free span. heapLock held.
bool grow(uintptr_t npages) {
  uintptr_t n = npages * PageSize;
  if (n < HeapGrowStep) n = HeapGrowStep;
  n = (n + HeapGrowStep - 1) & ~(HeapGrowStep - 1);
  if (arenaUsed + n > arenaEnd) return false;
  if (mprotect(reinterpret_cast<void*>(arenaUsed), n, PROT_READ | PROT_WRITE) != 0) return false;
  // While the collector marks, every free page is armed before a span is
  // made of it (heapArm).
  if (gcstate.wpActive) {
    dirtyProtect(arenaUsed, arenaUsed + n);
    armedRuns.emplace_back(arenaUsed, arenaUsed + n);
  }
  MSpan* s = newSpanStruct();
  s->startAddr = arenaUsed;
  s->npages = n >> PageShift;
  s->freedAt = nanotime();
  arenaUsed += n;
  heapStats.heapSys += n;
  heapStats.heapFree += n;
  coalesceAndInsert(s);
  return true;
}

// The smallest free run of at least npages. heapLock held.
MSpan* findFree(uintptr_t npages) {
  for (uintptr_t n = npages; n < MaxSmallFreePages; n++)
    if (MSpan* s = freeSmall[n].first) return s;
  MSpan* best = nullptr;
  for (MSpan* s = freeLarge.first; s; s = s->next)
    if (s->npages >= npages &&
        (!best || s->npages < best->npages ||
         (s->npages == best->npages && s->startAddr < best->startAddr)))
      best = s;
  return best;
}

void initSpanForClass(MSpan* s, SpanClass sc) {
  s->spanclass = sc;
  // The struct may have been another span's: no stale bits.
  std::memset(s->allocBits, 0, sizeof s->allocBits);
  std::memset(s->gcmarkBits, 0, sizeof s->gcmarkBits);
  s->largeType = nullptr;
  s->largeSize = 0;
  int cl = sizeclassOf(sc);
  if (cl == 0) {
    s->elemsize = s->npages * PageSize;
    s->nelems = 1;
    s->divMul = 0;
  } else {
    s->elemsize = class_to_size[cl];
    s->divMul = ~uint32_t(0) / uint32_t(s->elemsize) + 1;
    s->nelems = uint32_t(s->npages * PageSize / s->elemsize);
    if (!noscanOf(sc)) {
      size_t words = (s->npages * PageSize / 8 + 63) / 64;
      s->heapBits = static_cast<uint64_t*>(std::calloc(words, 8));
      if (!s->heapBits) throwError("runtime: out of memory (heap bitmap)");
      heapStats.metaSys += words * 8;
    }
  }
  s->freeindex = 0;
  s->allocCount = 0;
  s->refillAllocCache(0);
}

}  // namespace

void SpanList::push(MSpan* s) {
  s->prev = nullptr;
  s->next = first;
  if (first) first->prev = s;
  first = s;
}

void SpanList::remove(MSpan* s) {
  if (s->prev) s->prev->next = s->next;
  else first = s->next;
  if (s->next) s->next->prev = s->prev;
  s->next = s->prev = nullptr;
}

std::vector<MSpan*>& allspans() { return *inuse; }

void mheapInit() {
  if (arenaStart) return;
  int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
  void* p = mmap(reinterpret_cast<void*>(ArenaBaseHint), ArenaSize, PROT_NONE,
                 flags | MAP_FIXED_NOREPLACE, -1, 0);
  if (p == MAP_FAILED) p = mmap(nullptr, ArenaSize, PROT_NONE, flags, -1, 0);
  if (p == MAP_FAILED) throwError("runtime: cannot reserve arena virtual address space");
  arenaStart = reinterpret_cast<uintptr_t>(p);
  arenaUsed = arenaStart;
  arenaEnd = arenaStart + ArenaSize;
  gcstate.concurrent = dirtyInit(arenaStart, arenaEnd);
  size_t tableBytes = (ArenaSize >> PageShift) * sizeof(MSpan*);
  void* t = mmap(nullptr, tableBytes, PROT_READ | PROT_WRITE, flags, -1, 0);
  if (t == MAP_FAILED) throwError("runtime: cannot allocate span table");
  spans = static_cast<MSpan**>(t);
  inuse = new std::vector<MSpan*>();
  inuse->reserve(1024);
}

namespace {

// The runs of in-use scan spans (heapScanRuns's header comment), heapLock
// held.
std::vector<std::pair<uintptr_t, uintptr_t>> scanRunsLocked() {
  std::vector<std::pair<uintptr_t, uintptr_t>> runs;
  uintptr_t npages = (arenaUsed - arenaStart) >> PageShift;
  for (uintptr_t i = 0; i < npages;) {
    MSpan* s = spans[i];
    uintptr_t page = arenaStart + (i << PageShift);
    if (s == nullptr || s->state == SpanState::Dead || s->startAddr != page) {
      i++;
      continue;
    }
    i += s->npages;
    if (s->state == SpanState::InUse && noscanOf(s->spanclass)) continue;
    if (!runs.empty() && s->startAddr - runs.back().second < ScanRunGap) {
      runs.back().second = s->limit();
    } else {
      runs.emplace_back(s->startAddr, s->limit());
    }
  }
  return runs;
}

}  // namespace

std::vector<std::pair<uintptr_t, uintptr_t>> heapScanRuns() {
  lock(&heapLock);
  auto runs = armedRuns;
  unlock(&heapLock);
  return runs;
}

void heapArm() {
  lock(&heapLock);
  gcstate.wpActive = true;
  armedRuns = scanRunsLocked();
  auto runs = armedRuns;
  unlock(&heapLock);
  // Outside the lock (arming takes milliseconds): pages committed from now
  // on are armed by grow (and added to armedRuns), these here. Nothing is
  // freed before heapDisarm, and spans are carved from armed free pages.
  for (auto [lo, hi] : runs) dirtyProtect(lo, hi);
}

void heapDisarm() {
  lock(&heapLock);
  gcstate.wpActive = false;
  std::vector<std::pair<uintptr_t, uintptr_t>> runs;
  runs.swap(armedRuns);
  unlock(&heapLock);
  for (auto [lo, hi] : runs) dirtyUnprotect(lo, hi);
}

MSpan* mheapAlloc(uintptr_t npages, SpanClass sc) {
  lock(&heapLock);
  MSpan* s = findFree(npages);
  if (!s) {
    if (!grow(npages)) {
      unlock(&heapLock);
      return nullptr;
    }
    s = findFree(npages);
  }
  removeFree(s);
  if (s->npages > npages) {
    MSpan* rest = newSpanStruct();
    rest->startAddr = s->startAddr + npages * PageSize;
    rest->npages = s->npages - npages;
    rest->needzero = s->needzero;
    rest->scavenged = s->scavenged;
    rest->freedAt = s->freedAt;
    s->npages = npages;
    setSpans(rest);
    insertFree(rest);
  }
  uintptr_t bytes = npages * PageSize;
  if (s->scavenged) {
    heapStats.heapReleased -= bytes;
    s->scavenged = false;
    s->needzero = false;  // MADV_DONTNEED pages read as zero
  }
  heapStats.heapFree -= bytes;
  heapStats.spanInuse += bytes;
  initSpanForClass(s, sc);
  setSpans(s);
  // Last, with release order: a concurrent marker that finds the span
  // through `spans` and sees InUse sees it initialised.
  __atomic_store_n(&s->state, SpanState::InUse, __ATOMIC_RELEASE);
  s->allIndex = uint32_t(inuse->size());
  inuse->push_back(s);
  unlock(&heapLock);
  return s;
}

void mheapFree(MSpan* s) {
  lock(&heapLock);
  if (s->state != SpanState::InUse) throwError("mheapFree: span not in use");
  MSpan* last = inuse->back();
  (*inuse)[s->allIndex] = last;
  last->allIndex = s->allIndex;
  inuse->pop_back();
  if (s->heapBits) {
    heapStats.metaSys -= (s->npages * PageSize / 8 + 63) / 64 * 8;
    std::free(s->heapBits);
    s->heapBits = nullptr;
  }
  uintptr_t bytes = s->npages * PageSize;
  heapStats.spanInuse -= bytes;
  heapStats.heapFree += bytes;
  s->largeType = nullptr;
  s->needzero = true;
  s->freedAt = nanotime();
  coalesceAndInsert(s);
  unlock(&heapLock);
}

uintptr_t scavenge(int64_t age, uint64_t retainLimit) {
  lock(&heapLock);
  int64_t now = nanotime();
  uintptr_t released = 0;
  auto release = [&](MSpan* s) {
    uintptr_t bytes = s->npages * PageSize;
    madvise(reinterpret_cast<void*>(s->startAddr), bytes, MADV_DONTNEED);
    s->scavenged = true;
    s->needzero = false;
    heapStats.heapReleased += bytes;
    released += bytes;
  };
  auto retained = [] { return heapStats.spanInuse + heapStats.heapFree - heapStats.heapReleased; };
  // Old runs first; then the largest, which are least likely to be reused
  // whole before the next cycle and cost one madvise for many pages.
  auto visit = [&](SpanList& l, bool old) {
    for (MSpan* s = l.first; s; s = s->next) {
      if (s->scavenged) continue;
      if (old ? age < 0 || now - s->freedAt >= age : retained() > retainLimit) release(s);
    }
  };
  for (auto& l : freeSmall) visit(l, true);
  visit(freeLarge, true);
  visit(freeLarge, false);
  for (size_t n = MaxSmallFreePages; n-- > 0 && retained() > retainLimit;) visit(freeSmall[n], false);
  unlock(&heapLock);
  return released;
}

// --- MSpan allocation bits (Go's mbitmap.go nextFreeIndex).

void MSpan::refillAllocCache(uint32_t whichWord) {
  allocCache = whichWord < MaxObjsPerSpan / 64 ? ~allocBits[whichWord] : 0;
}

uint32_t MSpan::nextFreeIndex() {
  uint32_t sfreeindex = freeindex;
  uint32_t snelems = nelems;
  if (sfreeindex >= snelems) return snelems;
  uint64_t aCache = allocCache;
  while (aCache == 0) {
    sfreeindex = (sfreeindex + 64) & ~uint32_t(63);
    if (sfreeindex >= snelems) {
      freeindex = snelems;
      return snelems;
    }
    refillAllocCache(sfreeindex / 64);
    aCache = allocCache;
  }
  uint32_t bitIndex = uint32_t(__builtin_ctzll(aCache));
  uint32_t result = sfreeindex + bitIndex;
  if (result >= snelems) {
    freeindex = snelems;
    return snelems;
  }
  allocCache = bitIndex == 63 ? 0 : aCache >> (bitIndex + 1);
  sfreeindex = result + 1;
  if (sfreeindex % 64 == 0 && sfreeindex != snelems) refillAllocCache(sfreeindex / 64);
  freeindex = sfreeindex;
  return result;
}

uintptr_t findObject(uintptr_t p, MSpan** sp) {
  MSpan* s = spanOf(p);
  if (!s) return 0;
  uintptr_t idx = s->objIndex(p);
  if (idx >= s->nelems) return 0;
  if (idx >= s->freeindex && !s->isAllocated(idx)) return 0;
  if (sp) *sp = s;
  return s->startAddr + idx * s->elemsize;
}

}  // namespace gorun::runtime
