// Runtime semaphores (Go's sema.go): semacquire/semrelease on a uint32
// in the Go heap, with Gs parked per address. sync.Mutex and
// sync.WaitGroup (stdlib/sync) are built on them.
//
// The addresses hash into 251 roots; a root holds a lock, the number of
// waiters (nwait, read without the lock so that a release with nobody
// waiting costs one atomic add and one load), and a FIFO of waiting Gs
// (Go keeps a treap of per-address queues; a list is enough while the
// number of distinct contended addresses per root stays small).
//
// The protocol, as Go's: an acquirer increments nwait, re-checks the
// count (a release that happened in between is seen), queues itself and
// parks, releasing the root lock only after its context is saved
// (gopark's unlockf). A releaser increments the count, and if nwait is
// non-zero dequeues the first waiter on that address and readies it; the
// woken G tries to take the count again and waits again if a barging
// acquirer won.
//
// The wait record is in the G (semaAddr/semaNext), never on a stack.
// semacquire runs on the goroutine stack (it parks) and stays within the
// StackGuard budget; semrelease runs on g0 (it may start an M).
#include "runtime/sched.h"

namespace gorun::runtime {

namespace {

struct SemaRoot {
  Mutex lock;
  std::atomic<uint32_t> nwait{0};
  G* head = nullptr;
  G* tail = nullptr;
  char pad[64 - sizeof(Mutex) - sizeof(std::atomic<uint32_t>) - 2 * sizeof(G*)];
};

constexpr int semTabSize = 251;
SemaRoot semtable[semTabSize];

SemaRoot* rootFor(uint32_t* addr) {
  return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % semTabSize];
}

bool cansemacquire(uint32_t* addr) {
  auto* a = reinterpret_cast<std::atomic<uint32_t>*>(addr);
  for (;;) {
    uint32_t v = a->load(std::memory_order_acquire);
    if (v == 0) return false;
    if (a->compare_exchange_weak(v, v - 1, std::memory_order_acq_rel)) return true;
  }
}

bool unlockRoot(G*, void* root) {
  unlock(&static_cast<SemaRoot*>(root)->lock);
  return true;
}

}  // namespace

void semacquire(uint32_t* addr, WaitReason reason) {
  if (cansemacquire(addr)) return;
  SemaRoot* root = rootFor(addr);
  for (;;) {
    G* gp = getg();
    lock(&root->lock);
    root->nwait.fetch_add(1);
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1);
      unlock(&root->lock);
      return;
    }
    gp->semaAddr = addr;
    gp->semaNext = nullptr;
    gp->semaTicket = 0;
    if (root->tail) root->tail->semaNext = gp;
    else root->head = gp;
    root->tail = gp;
    gopark(unlockRoot, root, reason);
    gp = getg();
    if (gp->semaTicket != 0 || cansemacquire(addr)) return;
  }
}

void semrelease(uint32_t* addr) {
  SemaRoot* root = rootFor(addr);
  reinterpret_cast<std::atomic<uint32_t>*>(addr)->fetch_add(1);
  if (root->nwait.load() == 0) return;
  lock(&root->lock);
  if (root->nwait.load() == 0) {
    unlock(&root->lock);
    return;
  }
  G* prev = nullptr;
  G* s = root->head;
  while (s && s->semaAddr != addr) {
    prev = s;
    s = s->semaNext;
  }
  if (s) {
    if (prev) prev->semaNext = s->semaNext;
    else root->head = s->semaNext;
    if (root->tail == s) root->tail = prev;
    s->semaNext = nullptr;
    s->semaAddr = nullptr;
    root->nwait.fetch_sub(1);
  }
  unlock(&root->lock);
  if (s) goready(s);
}

// --- package sync natives (stdlib/sync). The atomics are leaf functions
// that run on the goroutine stack; Semacquire parks there; the rest run
// on g0 (symbols.cpp).
void sync_runtime_Semacquire(void*, const void* p) {
  semacquire(*static_cast<uint32_t* const*>(p), WaitReason::Semacquire);
}
void sync_runtime_Semrelease(void*, const void* p) { semrelease(*static_cast<uint32_t* const*>(p)); }

namespace {
struct PtrI32 {
  int32_t* p;
  int32_t v;
};
struct CasI32 {
  int32_t* p;
  int32_t old, nw;
};
struct PtrI64 {
  int64_t* p;
  int64_t v;
};
struct CasI64 {
  int64_t* p;
  int64_t old, nw;
};
}  // namespace

void sync_addInt32(void* r, const void* p) {
  auto* a = static_cast<const PtrI32*>(p);
  *static_cast<int32_t*>(r) = __atomic_add_fetch(a->p, a->v, __ATOMIC_SEQ_CST);
}
void sync_loadInt32(void* r, const void* p) {
  *static_cast<int32_t*>(r) = __atomic_load_n(*static_cast<int32_t* const*>(p), __ATOMIC_SEQ_CST);
}
void sync_casInt32(void* r, const void* p) {
  auto* a = static_cast<const CasI32*>(p);
  int32_t old = a->old;
  *static_cast<bool*>(r) =
      __atomic_compare_exchange_n(a->p, &old, a->nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
void sync_addInt64(void* r, const void* p) {
  auto* a = static_cast<const PtrI64*>(p);
  *static_cast<int64_t*>(r) = __atomic_add_fetch(a->p, a->v, __ATOMIC_SEQ_CST);
}
void sync_loadInt64(void* r, const void* p) {
  *static_cast<int64_t*>(r) = __atomic_load_n(*static_cast<int64_t* const*>(p), __ATOMIC_SEQ_CST);
}
void sync_casInt64(void* r, const void* p) {
  auto* a = static_cast<const CasI64*>(p);
  int64_t old = a->old;
  *static_cast<bool*>(r) =
      __atomic_compare_exchange_n(a->p, &old, a->nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
// func fatal(s string): Go's sync.fatal -> throw.
void sync_fatal(void*, const void* p) {
  auto* s = static_cast<const GoString*>(p);
  throwError(std::string_view(reinterpret_cast<const char*>(s->ptr), size_t(s->len)));
}

}  // namespace gorun::runtime
