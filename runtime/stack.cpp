// Goroutine stacks (Go's stack.go): allocation, the per-P stack cache,
// and growth by copying.
//
// Sizes are powers of two from StackMin (2 KiB). The four small orders
// (2, 4, 8, 16 KiB) come from a P's stackcache, refilled from and
// released to the global stackpool half a cache at a time (Go's
// stackcacherefill/stackcacherelease); the pool carves 256 KiB chunks
// from mmap and never returns them. Larger stacks are their own mmap
// (MAP_NORESERVE: pages commit as they are touched) and are unmapped when
// freed, except while the collector scans stacks concurrently: then they
// wait in deferredStacks until the scan ends. There is no guard page: prologue checks (JIT code) and the
// StackGuard budget (the few C++ functions that run on goroutine stacks,
// HACKING.md) keep every frame inside.
//
// Growth (DESIGN.md, "Goroutine stacks"). A JIT prologue that finds
// rsp - framesize below %fs:0x70 calls __morestack (asm_amd64.S), which
// pushes a frame record and every argument register (a MorestackFrame) on
// the goroutine stack and mcalls gorun_newstack on g0. newstack:
//   1. if the frame fits below the real limit (stacklo + StackGuard) the
//      call was a preemption request or the stress switch: no growth;
//   2. otherwise doubles the size until the used part, the frame and
//      StackGuard fit; past MaxStack, Go's stack overflow report, exit 2;
//   3. copystack: copies [sp, hi) to the top of the new stack and adds
//      the distance to every word of the copy, and to every saved
//      register in g->sched, whose value lies in the old [sp, hi) (frame
//      pointer chain, saved argument registers, pointers to locals);
//   4. yields if the G was asked to (preempt), else gogo's back into
//      __morestack, which restores the registers and jumps to F's body.
// The relocation is conservative: an integer that happens to equal an
// address in the old used range is moved too. No heap object or runtime
// structure points into a running G's stack (DESIGN.md): the lowering
// heap-allocates escaping variables, and wait records point only into
// parked stacks, which never move.
//
// GORUN_STRESS_STACKMOVE=1 installs StackPreempt as every G's limit, so
// every prologue check calls __morestack, and newstack moves the stack
// at the check whenever that is cheap: at every check while the used part
// is under 1 KiB, then at every (used / 1 KiB)-th check, and past 1 MiB
// every (used / 64)-th, so copying costs a bounded amount per call
// whatever the depth (a 1,000,000-deep recursion, or the 1 GB overflow,
// stays linear). The used part of an old stack is poisoned (0xdb) so that a
// missed pointer shows.
#include "runtime/sched.h"

#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <utility>
#include <vector>

namespace gorun::runtime {

namespace {

struct StackPool {
  Mutex lock;
  StackFree* free[NumStackOrders] = {};
};
StackPool stackpool;

// Large stacks freed while the collector reads stacks (stackFreeDefer*).
struct DeferredStacks {
  Mutex lock;
  bool deferring = false;
  std::vector<std::pair<uintptr_t, uintptr_t>> stacks;  // lo, size
};
DeferredStacks deferredStacks;
constexpr uintptr_t StackChunk = 256 << 10;

int stackOrder(uintptr_t n) {
  int order = 0;
  for (uintptr_t s = StackMin; s < n; s <<= 1) order++;
  return order;
}

// Takes a stack of `order` from the global pool (its lock held).
uintptr_t stackpoolalloc(int order) {
  StackFree*& list = stackpool.free[order];
  if (list == nullptr) {
    void* p = mmap(nullptr, StackChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throwError("runtime: cannot allocate memory for goroutine stacks");
    uintptr_t size = StackMin << order;
    for (uintptr_t a = reinterpret_cast<uintptr_t>(p) + StackChunk - size;;) {
      auto* f = reinterpret_cast<StackFree*>(a);
      f->next = list;
      list = f;
      if (a == reinterpret_cast<uintptr_t>(p)) break;
      a -= size;
    }
  }
  StackFree* s = list;
  list = s->next;
  return reinterpret_cast<uintptr_t>(s);
}

void stackpoolfree(uintptr_t lo, int order) {
  auto* f = reinterpret_cast<StackFree*>(lo);
  f->next = stackpool.free[order];
  stackpool.free[order] = f;
}

// Fills pp's cache of `order` to half capacity (Go's stackcacherefill).
void stackcacherefill(P* pp, int order) {
  StackCacheEntry& c = pp->stackcache[order];
  uintptr_t size = StackMin << order;
  lock(&stackpool.lock);
  while (c.size < StackCacheSize / 2) {
    auto* f = reinterpret_cast<StackFree*>(stackpoolalloc(order));
    f->next = c.list;
    c.list = f;
    c.size += size;
  }
  unlock(&stackpool.lock);
}

void stackcacherelease1(P* pp, int order, uintptr_t keep) {
  StackCacheEntry& c = pp->stackcache[order];
  uintptr_t size = StackMin << order;
  lock(&stackpool.lock);
  while (c.size > keep) {
    StackFree* f = c.list;
    c.list = f->next;
    stackpoolfree(reinterpret_cast<uintptr_t>(f), order);
    c.size -= size;
  }
  unlock(&stackpool.lock);
}

int stressMode = -1;

}  // namespace

bool stressStackMove() {
  if (stressMode < 0) {
    const char* s = getenv("GORUN_STRESS_STACKMOVE");
    stressMode = s && *s && *s != '0';
  }
  return stressMode;
}

uintptr_t stackalloc(P* pp, uintptr_t n) {
  int order = stackOrder(n);
  if (order < NumStackOrders) {
    if (pp == nullptr) {
      lock(&stackpool.lock);
      uintptr_t s = stackpoolalloc(order);
      unlock(&stackpool.lock);
      return s;
    }
    StackCacheEntry& c = pp->stackcache[order];
    if (c.list == nullptr) stackcacherefill(pp, order);
    StackFree* f = c.list;
    c.list = f->next;
    c.size -= n;
    return reinterpret_cast<uintptr_t>(f);
  }
  void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throwError("runtime: cannot allocate memory for goroutine stacks");
  return reinterpret_cast<uintptr_t>(p);
}

void stackfree(P* pp, uintptr_t lo, uintptr_t n) {
  int order = stackOrder(n);
  if (order < NumStackOrders) {
    if (pp == nullptr) {
      lock(&stackpool.lock);
      stackpoolfree(lo, order);
      unlock(&stackpool.lock);
      return;
    }
    StackCacheEntry& c = pp->stackcache[order];
    if (c.size >= StackCacheSize) stackcacherelease1(pp, order, StackCacheSize / 2);
    auto* f = reinterpret_cast<StackFree*>(lo);
    f->next = c.list;
    c.list = f;
    c.size += n;
    return;
  }
  lock(&deferredStacks.lock);
  bool deferring = deferredStacks.deferring;
  if (deferring) deferredStacks.stacks.emplace_back(lo, n);
  unlock(&deferredStacks.lock);
  if (!deferring) munmap(reinterpret_cast<void*>(lo), n);
}

void stackFreeDeferBegin() {
  lock(&deferredStacks.lock);
  deferredStacks.deferring = true;
  unlock(&deferredStacks.lock);
}

void stackFreeDeferEnd() {
  lock(&deferredStacks.lock);
  deferredStacks.deferring = false;
  std::vector<std::pair<uintptr_t, uintptr_t>> stacks;
  stacks.swap(deferredStacks.stacks);
  unlock(&deferredStacks.lock);
  for (auto [lo, n] : stacks) munmap(reinterpret_cast<void*>(lo), n);
}

void stackcacherelease(P* pp) {
  for (int order = 0; order < NumStackOrders; order++) stackcacherelease1(pp, order, 0);
}

// Installs the split-stack limit that JIT prologues compare against.
void setStackGuard(uintptr_t guard) {
  asm volatile("movq %0, %%fs:0x70" : : "r"(guard) : "memory");
}

void installStackGuard(G* gp) {
  setStackGuard(__atomic_load_n(&gp->preempt, __ATOMIC_ACQUIRE) ? StackPreempt : gp->stackguard0);
}

namespace {

// What __morestack leaves at g->sched.sp (asm_amd64.S).
struct MorestackFrame {
  uint8_t xmm[8][16];
  uintptr_t r11, r10, r9, r8, rcx, rdx, rsi, rdi, rax;
  uintptr_t rbp;        // C's frame pointer
  uintptr_t retPrologue;  // into F's prologue; F's body is one byte later
  uintptr_t retF;         // F's return address into C
};
static_assert(sizeof(MorestackFrame) == 224);

// Moves gp's stack to a new one of newsize bytes (Go's copystack).
void copystack(G* gp, uintptr_t newsize) {
  M* mp = getm();
  uintptr_t oldlo = gp->stacklo, oldhi = gp->stackhi;
  uintptr_t sp = gp->sched.sp;
  uintptr_t used = oldhi - sp;
  uintptr_t newlo = stackalloc(mp->p, newsize);
  uintptr_t newhi = newlo + newsize;
  uintptr_t delta = newhi - oldhi;
  std::memcpy(reinterpret_cast<void*>(newhi - used), reinterpret_cast<void*>(sp), used);
  auto adjust = [&](uintptr_t& w) {
    if (w >= sp && w < oldhi) w += delta;
  };
  for (auto* w = reinterpret_cast<uintptr_t*>(newhi - used); w < reinterpret_cast<uintptr_t*>(newhi); ++w)
    adjust(*w);
  Gobuf& b = gp->sched;
  adjust(b.sp);
  adjust(b.rbp);
  adjust(b.rbx);
  adjust(b.r12);
  adjust(b.r13);
  adjust(b.r14);
  adjust(b.r15);
  // stackhi goes to 0 first: the collector reads a running G's bounds
  // (gcPrescanGs) and takes them only when stackhi is the same, and not
  // 0, before and after reading stacklo.
  __atomic_store_n(&gp->stackhi, 0, __ATOMIC_RELEASE);
  __atomic_store_n(&gp->stacklo, newlo, __ATOMIC_RELEASE);
  __atomic_store_n(&gp->stackhi, newhi, __ATOMIC_RELEASE);
  gp->stackguard0 = stressStackMove() ? StackPreempt : newlo + StackGuard;
  // Under the stress switch the old stack's used part is poisoned, so that
  // a pointer the relocation missed (it can only point there) reads
  // garbage at once. Not the whole stack: after a deep recursion it may be
  // tens of MB, mostly untouched since, and moves at shallow depths are
  // frequent.
  if (stressStackMove()) std::memset(reinterpret_cast<void*>(sp), 0xdb, used);
  stackfree(mp->p, oldlo, oldhi - oldlo);
}

}  // namespace

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" [[noreturn]] void gorun_morestackOverflow(uintptr_t sp, uintptr_t fp, uintptr_t framesize);
extern "C" [[noreturn]] void gorun_onOverflowStack(void* fn, uintptr_t a0, uintptr_t a1, uintptr_t a2);

// Called by __morestack through gorun_mcall, on g0 (see the file comment).
extern "C" [[noreturn]] void gorun_newstack(G* gp) {
  M* mp = getm();
  setStackGuard(mp->g0guard);
  if (gp->atomicstatus != _Grunning) throwError("newstack: bad status");
  auto* f = reinterpret_cast<MorestackFrame*>(gp->sched.sp);
  uintptr_t framesize = f->r10;
  // F's rsp at entry, and what its frame needs below that. Frames under
  // 256 B compare rsp itself; give them the same room.
  uintptr_t fsp = reinterpret_cast<uintptr_t>(&f->retF);
  uintptr_t need = framesize + 256;
  bool grow = fsp < gp->stacklo + StackGuard + need;
  uintptr_t oldsize = gp->stackhi - gp->stacklo;
  uintptr_t used = gp->stackhi - gp->sched.sp;
  bool move = grow;
  if (!grow && stressStackMove()) {
    // A countdown to the next move, reset after each so that moving
    // costs ~1 KiB of copying per call on small stacks, and ~64 B per
    // call (a move every used/64 checks) past 1 MiB.
    move = gp->stressCount == 0;
    gp->stressCount = move ? (used < (1 << 20) ? used / 1024 : used / 64) : gp->stressCount - 1;
  }
  if (move) {
    uintptr_t newsize = grow ? oldsize * 2 : oldsize;
    while (newsize < used + need + StackGuard + sizeof(MorestackFrame)) newsize *= 2;
    if (newsize > MaxStack) {
      // Go's report, on the static stack (this g0 may be small).
      gorun_onOverflowStack(reinterpret_cast<void*>(&gorun_morestackOverflow),
                            reinterpret_cast<uintptr_t>(&f->retPrologue), f->rbp, framesize);
    }
    copystack(gp, newsize);
  }
  if (__atomic_load_n(&gp->preempt, __ATOMIC_ACQUIRE)) gopreempt_m(gp);
  installStackGuard(gp);
  mp->onG0 = 0;
  gorun_gogo(&gp->sched);
}

// Called on the overflow stack. sp points at the two return addresses
// (into F's prologue, and F's into its caller C); fp is C's frame
// pointer. Prints Go's report of a stack overflow and exits 2.
extern "C" [[noreturn]] void gorun_morestackOverflow(uintptr_t sp, uintptr_t fp,
                                                     uintptr_t framesize) {
  (void)framesize;
  G* g = getg();
  printstring("runtime: goroutine stack exceeds ");
  printuint(MaxStack);
  printstring("-byte limit\n");
  printstring("runtime: sp=");
  printhex(sp);
  printstring(" stack=[");
  printhex(g ? g->stacklo : 0);
  printstring(", ");
  printhex(g ? g->stackhi : 0);
  printstring("]\n");
  printstring("fatal error: stack overflow\n\n");
  goroutineheader();
  auto* ret = reinterpret_cast<const uintptr_t*>(sp);
  // F, stopped in its prologue, then C and the chain above it.
  int printed = printFrames(ret[0], 0, true, false);
  printFrames(ret[1], fp, true, false, printed);
  exitProcess(2);
}

// __morestack on g0: JIT code called back from runtime C++ code ran out
// of the g0 stack's budget. g0 stacks do not grow.
extern "C" [[noreturn]] void gorun_morestackOnG0(uintptr_t sp, uintptr_t fp, uintptr_t framesize) {
  (void)sp;
  (void)fp;
  (void)framesize;
  gwrite("runtime: morestack on g0\nfatal error: morestack on g0\n");
  exitProcess(2);
}
