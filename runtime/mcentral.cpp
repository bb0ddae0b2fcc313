// Central free lists (Go's mcentral.go): per span class, the spans no
// mcache holds, split into those with a free slot and those without.
//
// Go keeps swept and unswept span sets and sweeps lazily here; our
// collector sweeps every span while the world is stopped (mgcsweep.cpp),
// so every span a central holds is swept and cacheSpan never sweeps.
#include "runtime/mheap.h"

#include "runtime/runtime2.h"

namespace gorun::runtime {

MCentral mcentrals[NumSpanClasses];

void mcentralInit() {
  for (int i = 0; i < NumSpanClasses; i++) mcentrals[i].spanclass = SpanClass(i);
}

MSpan* cacheSpan(MCentral* c) {
  lock(&c->lock);
  MSpan* s = c->partial.first;
  if (s) c->partial.remove(s);
  unlock(&c->lock);
  if (!s) {
    s = mheapAlloc(class_to_allocnpages[sizeclassOf(c->spanclass)], c->spanclass);
    if (!s) return nullptr;
  }
  // Until it is given back, every free slot counts as live (Go's
  // heapLive accounting): allocation from a cached span is lock-free.
  gcstate.heapLive.fetch_add(uint64_t(s->nelems - s->allocCount) * s->elemsize,
                             std::memory_order_relaxed);
  return s;
}

void uncacheSpan(MCentral* c, MSpan* s) {
  gcstate.heapLive.fetch_sub(uint64_t(s->nelems - s->allocCount) * s->elemsize,
                             std::memory_order_relaxed);
  mcentralPut(c, s);
}

void mcentralPut(MCentral* c, MSpan* s) {
  lock(&c->lock);
  if (s->allocCount < s->nelems) c->partial.push(s);
  else c->full.push(s);
  unlock(&c->lock);
}

}  // namespace gorun::runtime
