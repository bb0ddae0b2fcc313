// Sweeping (Go's mgcsweep.go): after marking, every unmarked object is
// free. Done eagerly, every span, before the world restarts (Go sweeps
// lazily and in the background; with eager sweeping no span is ever
// unswept, so allocation needs no sweepgen checks). The cost is per span,
// not per object: a small span's allocBits become its gcmarkBits.
//
// Precondition: the world is stopped, every mcache is flushed, and mark
// is complete.
#include "runtime/mheap.h"

#include "runtime/runtime2.h"

#include <cstring>

namespace gorun::runtime {

uint64_t gcSweep(uint64_t* freedBytes) {
  uint64_t nfreed = 0;
  // Central lists are rebuilt from scratch.
  for (auto& c : mcentrals) {
    while (MSpan* s = c.partial.first) c.partial.remove(s);
    while (MSpan* s = c.full.first) c.full.remove(s);
  }
  std::vector<MSpan*>& all = allspans();
  // Backwards: mheapFree moves the last span into the freed one's index.
  for (size_t i = all.size(); i-- > 0;) {
    MSpan* s = all[i];
    s->inList = 0;
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
    // Objects allocated before this cycle: below freeindex or allocBits.
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
    MCentral& c = mcentrals[s->spanclass];
    if (live < s->nelems) {
      c.partial.push(s);
      s->inList = 1;
    } else {
      c.full.push(s);
      s->inList = 2;
    }
  }
  return nfreed;
}

}  // namespace gorun::runtime
