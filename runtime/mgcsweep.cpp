// Sweeping (Go's mgcsweep.go): after marking, every unmarked object is
// free. The cost is per span, not per object: a small span's allocBits
// become its gcmarkBits.
//
// Sweeping runs in the background, the world running, as Go's does, but
// more simply. Mark termination (world stopped, every mcache flushed)
// calls gcSweepStart, which takes every in-use span off the central
// lists into a private list of unswept spans. From then until the
// collector thread has swept them all (gcSweepAll, right after it
// restarts the world):
//   - unswept spans are reachable by nobody but the sweeper: no mcache or
//     central list holds them, so no allocation touches their bits;
//   - a mutator whose central list is empty takes a fresh span from the
//     heap (Go's would sweep one itself): the heap may grow by what is
//     allocated during the sweep, a few milliseconds' worth;
//   - the sweeper gives each swept span back to its central list, or its
//     pages to the heap when nothing in it is live.
// The next cycle starts only after the sweep has finished (the collector
// thread does one thing at a time), so marking never sees an unswept span.
#include "runtime/mheap.h"

#include "runtime/runtime2.h"

#include <cstring>
#include <vector>

namespace gorun::runtime {

namespace {

std::vector<MSpan*>* unswept;

}  // namespace

void gcSweepStart() {
  if (!unswept) unswept = new std::vector<MSpan*>();
  // The lists are emptied by their heads alone, leaving their spans'
  // links stale: the sweeper gives every span back (SpanList::push
  // rewrites both links) or frees it, and nothing reaches an unswept span
  // through a list meanwhile. Unlinking them one by one touched every
  // span in the pause: 1.5-3 ms of binary-trees 21's pause 2, of up to 10.
  for (auto& c : mcentrals) c.partial.first = c.full.first = nullptr;
  *unswept = allspans();
}

uint64_t gcSweepAll(uint64_t* freedBytes) {
  uint64_t nfreed = 0;
  for (MSpan* s : *unswept) {
    if (sizeclassOf(s->spanclass) == 0) {
      if (s->gcmarkBits[0] & 1) {
        s->gcmarkBits[0] = 0;
        continue;
      }
      nfreed++;
      *freedBytes += s->elemsize;
      mheapFree(s);
      continue;
    }
    uint32_t words = (s->nelems + 63) / 64;
    uint32_t live = 0;
    for (uint32_t w = 0; w < words; w++) live += uint32_t(__builtin_popcountll(s->gcmarkBits[w]));
    // Objects allocated before the sweep: below freeindex or allocBits.
    uint32_t before = 0;
    for (uint32_t w = 0; w < words; w++) {
      uint64_t alloc = s->allocBits[w];
      uint32_t lo = w * 64;
      if (s->freeindex > lo) {
        uint32_t k = s->freeindex - lo;
        alloc |= k >= 64 ? ~uint64_t(0) : (uint64_t(1) << k) - 1;
      }
      if (lo + 64 > s->nelems) alloc &= (uint64_t(1) << (s->nelems - lo)) - 1;
      before += uint32_t(__builtin_popcountll(alloc));
    }
    uint32_t freed = before > live ? before - live : 0;
    nfreed += freed;
    *freedBytes += uint64_t(freed) * s->elemsize;
    if (live == 0) {
      mheapFree(s);
      continue;
    }
    std::memcpy(s->allocBits, s->gcmarkBits, words * 8);
    std::memset(s->gcmarkBits, 0, words * 8);
    s->allocCount = live;
    s->freeindex = 0;
    s->refillAllocCache(0);
    if (freed) s->needzero = true;
    mcentralPut(&mcentrals[s->spanclass], s);
  }
  unswept->clear();
  return nfreed;
}

}  // namespace gorun::runtime
