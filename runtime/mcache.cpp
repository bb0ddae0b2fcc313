// Per-P allocation caches (Go's mcache.go).
//
// Each P owns an MCache (P::mcache, made on the P's first allocation):
// one span per span class, allocated from without a lock by the M holding
// the P. A thread with no P (the unit tests' host thread, an M in a system
// call) uses the shared mcache0 under mcache0Lock. The collector flushes
// every cache with the world stopped, so that it sees every span in a
// central list or nowhere.
#include "runtime/mheap.h"

#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <new>

namespace gorun::runtime {

namespace {

// A span with no free slots that no list holds: what an empty cache slot
// points at, so that the fast path needs no null check (Go's emptymspan).
MSpan emptymspan;
MCache* mcache0 = nullptr;
Mutex mcache0Lock;

}  // namespace

MCache* allocmcache() {
  auto* c = new MCache();
  for (auto& s : c->alloc) s = &emptymspan;
  heapStats.metaSys += sizeof(MCache);
  return c;
}

MCache* getMCache(bool* locked) {
  M* mp = getm();
  if (mp && mp->p) {
    P* pp = mp->p;
    if (!pp->mcache) pp->mcache = allocmcache();
    *locked = false;
    return pp->mcache;
  }
  lock(&mcache0Lock);
  if (!mcache0) mcache0 = allocmcache();
  *locked = true;
  return mcache0;
}

void releaseMCache(bool locked) {
  if (locked) unlock(&mcache0Lock);
}

// Replaces c's span of class spc with one that has a free slot (Go's
// refill). Returns false when the heap is exhausted.
bool refill(MCache* c, SpanClass spc) {
  MSpan* s = c->alloc[spc];
  if (s != &emptymspan) uncacheSpan(&mcentrals[spc], s);
  c->alloc[spc] = &emptymspan;
  s = cacheSpan(&mcentrals[spc]);
  if (!s) return false;
  c->alloc[spc] = s;
  return true;
}

void flushMCache(MCache* c) {
  for (int i = 0; i < NumSpanClasses; i++) {
    MSpan* s = c->alloc[i];
    if (s == &emptymspan) continue;
    uncacheSpan(&mcentrals[i], s);
    c->alloc[i] = &emptymspan;
  }
  gcstate.nmalloc += c->nmalloc;
  gcstate.totalAlloc += c->allocBytes;
  gcstate.blackBytes += c->blackBytes;
  c->nmalloc = c->allocBytes = c->blackBytes = 0;
}

void flushAllMCaches() {
  if (allp) {
    for (int i = 0; i < 256 && allp[i]; i++)
      if (allp[i]->mcache) flushMCache(allp[i]->mcache);
  }
  if (mcache0) flushMCache(mcache0);
}

}  // namespace gorun::runtime
