// Channels (Go's chan.go).
//
// An HChan (chan.h) is a ring buffer of dataqsiz elements plus two wait
// queues of sudogs: Gs blocked sending (sendq) and receiving (recvq), all
// guarded by one runtime lock. The operations are Go's:
//
//   send: closed -> panic; a parked receiver -> hand the value straight to
//     its stack and ready it (no buffer involved, even when buffered);
//     room in the buffer -> copy in; else park on sendq.
//   recv: closed and empty -> zero value, ok false; a parked sender -> take
//     its value (unbuffered) or the buffer's head, refilling the tail from
//     the sender (buffered and full); a buffered value -> copy out; else
//     park on recvq.
//   close: mark closed and ready every waiter (receivers get zero values,
//     senders panic when they resume).
//
// Which stack. JIT code calls chansend1/chanrecv1/chanrecv2 and the
// non-blocking select forms directly on the goroutine stack (symbols.cpp's
// onGoroutineStack), because they park. Each is a shallow frame that runs
// everything but the park itself on g0 through gorun_systemstack: the
// locking, copying, readying of other Gs (goready may start an M) and
// sudog allocation. When the operation must block, the g0 part enqueues
// the G's sudog and returns with c->lock still held; the entry then calls
// gopark, whose unlockf (on g0, after the G's context is saved) releases
// the lock, so a waker that takes the lock always finds a parked G. The
// woken G reads the outcome from its sudog (success: a value was passed;
// false: the channel was closed).
//
// makechan and closechan are ordinary g0 entries.
//
// A nil channel blocks forever: the G parks with no waker ("chan send (nil
// chan)"), which checkdead reports as a deadlock when nothing else runs.
//
// Panics are Go's plain errors: "send on closed channel", "close of nil
// channel", "close of closed channel", "makechan: size out of range",
// raised on g0 with the traceback starting at the JIT caller.
#include "runtime/chan.h"

#include "runtime/abi.h"
#include "runtime/sched.h"

#include <cstring>
#include <new>

extern "C" void* gorun_makechan(const gorun::runtime::GoType* chanType, int64_t size);
extern "C" void gorun_closechan(gorun::runtime::HChan* c);
extern "C" void gorun_chansend1(gorun::runtime::HChan* c, const void* elem);
extern "C" void gorun_chanrecv1(gorun::runtime::HChan* c, void* elem);
extern "C" int64_t gorun_chanrecv2(gorun::runtime::HChan* c, void* elem);
extern "C" int64_t gorun_selectnbsend(gorun::runtime::HChan* c, const void* elem);
extern "C" int64_t gorun_selectnbrecv(void* elem, gorun::runtime::HChan* c);

namespace gorun::runtime {

// --- Wait queues and sudogs.

void enqueue(WaitQ* q, Sudog* s) {
  s->next = nullptr;
  Sudog* x = q->last;
  if (x == nullptr) {
    s->prev = nullptr;
    q->first = s;
    q->last = s;
    return;
  }
  s->prev = x;
  x->next = s;
  q->last = s;
}

Sudog* dequeue(WaitQ* q) {
  for (;;) {
    Sudog* sgp = q->first;
    if (sgp == nullptr) return nullptr;
    Sudog* y = sgp->next;
    if (y == nullptr) {
      q->first = nullptr;
      q->last = nullptr;
    } else {
      y->prev = nullptr;
      q->first = y;
      sgp->next = nullptr;
    }
    // A select's sudog is on several queues: only the first waker to win
    // the G's selectDone may complete an operation with it.
    if (sgp->isSelect) {
      uint32_t zero = 0;
      if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &zero, 1, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE))
        continue;
    }
    return sgp;
  }
}

void dequeueSudog(WaitQ* q, Sudog* s) {
  Sudog* x = s->prev;
  Sudog* y = s->next;
  if (x != nullptr) {
    if (y != nullptr) {
      x->next = y;
      y->prev = x;
    } else {
      x->next = nullptr;
      q->last = x;
    }
    s->next = s->prev = nullptr;
    return;
  }
  if (y != nullptr) {
    y->prev = nullptr;
    q->first = y;
    s->next = nullptr;
    return;
  }
  // x == y == nullptr: s is the only element, or not on q at all (a
  // waker already dequeued it).
  if (q->first == s) {
    q->first = nullptr;
    q->last = nullptr;
  }
}

Sudog* acquireSudog(G* gp) {
  Sudog* s = gp->sudogcache;
  if (s == nullptr) return new Sudog();
  gp->sudogcache = s->next;
  *s = Sudog();
  return s;
}

void releaseSudog(G* gp, Sudog* s) {
  s->elem = nullptr;
  s->c = nullptr;
  s->waitlink = nullptr;
  s->prev = nullptr;
  s->next = gp->sudogcache;
  gp->sudogcache = s;
}

[[noreturn]] void chanPanic(const char* msg, void* fp) { panicPlainError(msg, fp); }

namespace {

struct PanicArgs {
  const char* msg;
  void* fp;
};

void panicOnG0(void* a) {
  auto* p = static_cast<PanicArgs*>(a);
  chanPanic(p->msg, p->fp);
}

// From the goroutine stack: raise the panic on g0.
[[noreturn]] void chanPanicFromG(const char* msg, void* fp) {
  PanicArgs a{msg, fp};
  gorun_systemstack(panicOnG0, &a);
  __builtin_unreachable();
}

void unlockChan(void* c) { unlock(&static_cast<HChan*>(c)->lock); }

bool chanparkcommit(G*, void* c) {
  unlock(&static_cast<HChan*>(c)->lock);
  return true;
}

bool full(HChan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->recvq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == c->dataqsiz;
}

bool empty(HChan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

// One channel operation, carried from the goroutine-stack entry to its
// g0 part and back.
struct ChanOp {
  HChan* c;
  void* ep;
  void* fp;  // the entry's frame record, for a panic's traceback
  bool block;
  bool done = false;      // completed without parking
  bool received = false;  // recv: a value (not a close) was received
  bool park = false;      // the sudog is queued and c->lock is held
  const char* panicMsg = nullptr;
};

// On g0. See the file comment: everything but the park.
void chansend_g0(void* a) {
  auto* op = static_cast<ChanOp*>(a);
  HChan* c = op->c;
  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    op->panicMsg = "send on closed channel";
    return;
  }
  if (Sudog* sg = dequeue(&c->recvq)) {
    chanSendDirect(c, sg, op->ep, unlockChan, c);
    op->done = true;
    return;
  }
  if (c->qcount < c->dataqsiz) {
    std::memmove(chanbuf(c, c->sendx), op->ep, c->elemsize);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    unlock(&c->lock);
    op->done = true;
    return;
  }
  if (!op->block) {
    unlock(&c->lock);
    return;
  }
  G* gp = getg();
  Sudog* s = acquireSudog(gp);
  s->g = gp;
  s->elem = op->ep;
  s->c = c;
  s->isSelect = false;
  s->success = false;
  gp->waiting = s;
  gp->param = nullptr;
  enqueue(&c->sendq, s);
  op->park = true;
}

void chanrecv_g0(void* a) {
  auto* op = static_cast<ChanOp*>(a);
  HChan* c = op->c;
  lock(&c->lock);
  if (c->closed != 0 && c->qcount == 0) {
    unlock(&c->lock);
    if (op->ep) std::memset(op->ep, 0, c->elemsize);
    op->done = true;
    op->received = false;
    return;
  }
  if (Sudog* sg = dequeue(&c->sendq)) {
    chanRecvDirect(c, sg, op->ep, unlockChan, c);
    op->done = true;
    op->received = true;
    return;
  }
  if (c->qcount > 0) {
    uint8_t* qp = chanbuf(c, c->recvx);
    if (op->ep) std::memmove(op->ep, qp, c->elemsize);
    std::memset(qp, 0, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    unlock(&c->lock);
    op->done = true;
    op->received = true;
    return;
  }
  if (!op->block) {
    unlock(&c->lock);
    return;
  }
  G* gp = getg();
  Sudog* s = acquireSudog(gp);
  s->g = gp;
  s->elem = op->ep;
  s->c = c;
  s->isSelect = false;
  s->success = false;
  gp->waiting = s;
  gp->param = nullptr;
  enqueue(&c->recvq, s);
  op->park = true;
}

// Runs on the goroutine stack: keep it shallow (HACKING.md).
bool chansend(HChan* c, const void* ep, bool block, void* fp) {
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, WaitReason::ChanSendNilChan);
    throwError("unreachable");
  }
  // The fast check of a non-blocking send that cannot proceed (Go's
  // chansend: a racy read, linearised as in chan.go).
  if (!block && __atomic_load_n(&c->closed, __ATOMIC_RELAXED) == 0 && full(c)) return false;
  ChanOp op{c, const_cast<void*>(ep), fp, block};
  gorun_systemstack(chansend_g0, &op);
  if (op.panicMsg) chanPanicFromG(op.panicMsg, fp);
  if (!op.park) return op.done;
  gopark(chanparkcommit, c, WaitReason::ChanSend);
  G* gp = getg();
  Sudog* s = gp->waiting;
  bool closed = !s->success;
  gp->waiting = nullptr;
  gp->param = nullptr;
  releaseSudog(gp, s);
  if (closed) {
    if (__atomic_load_n(&c->closed, __ATOMIC_RELAXED) == 0)
      throwError("chansend: spurious wakeup");
    chanPanicFromG("send on closed channel", fp);
  }
  return true;
}

struct RecvResult {
  bool selected, received;
};

RecvResult chanrecv(HChan* c, void* ep, bool block, void* fp) {
  if (c == nullptr) {
    if (!block) return {false, false};
    gopark(nullptr, nullptr, WaitReason::ChanReceiveNilChan);
    throwError("unreachable");
  }
  if (!block && empty(c)) {
    if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0) return {false, false};
    if (empty(c)) {
      if (ep) std::memset(ep, 0, c->elemsize);
      return {true, false};
    }
  }
  ChanOp op{c, ep, fp, block};
  gorun_systemstack(chanrecv_g0, &op);
  if (!op.park) return {op.done, op.received};
  gopark(chanparkcommit, c, WaitReason::ChanReceive);
  G* gp = getg();
  Sudog* s = gp->waiting;
  bool success = s->success;
  gp->waiting = nullptr;
  gp->param = nullptr;
  releaseSudog(gp, s);
  return {true, success};
}

}  // namespace

void chanSendDirect(HChan* c, Sudog* sg, const void* ep, void (*unlockf)(void*), void* arg) {
  if (sg->elem != nullptr) {
    std::memmove(sg->elem, ep, c->elemsize);
    sg->elem = nullptr;
  }
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

void chanRecvDirect(HChan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr) std::memmove(ep, sg->elem, c->elemsize);
  } else {
    // The buffer is full: take its head, and put the sender's value in
    // the slot that frees (the tail), so the order stays FIFO.
    uint8_t* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) std::memmove(ep, qp, c->elemsize);
    std::memmove(qp, sg->elem, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

bool chansendNonblock(HChan* c, const void* ep) {
  if (c == nullptr || full(c)) return false;
  ChanOp op{c, const_cast<void*>(ep), nullptr, false};
  chansend_g0(&op);
  if (op.panicMsg) return false;  // a closed timer channel: drop the value
  return op.done;
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

void* gorun_makechan(const GoType* chanType, int64_t size) {
  void* fp = __builtin_frame_address(0);
  const GoType* elem = chanType->elem;
  if (elem->size >= (1 << 16)) throwError("makechan: invalid channel element type");
  constexpr uint64_t maxAlloc = uint64_t(1) << 47;
  if (size < 0 || (elem->size != 0 && uint64_t(size) > (maxAlloc - sizeof(HChan)) / elem->size))
    panicPlainError("makechan: size out of range", fp);
  uint64_t bufBytes = elem->size * uint64_t(size);
  // One allocation, scanned conservatively (null type): the header's
  // pointers are runtime-private or static, the buffer's are Go values.
  void* mem = gorun_mallocgc(sizeof(HChan) + bufBytes, nullptr);
  auto* c = new (mem) HChan();
  c->buf = reinterpret_cast<uint8_t*>(c + 1);
  c->elemsize = elem->size;
  c->elemtype = elem;
  c->dataqsiz = uint64_t(size);
  return c;
}

void gorun_closechan(HChan* c) {
  void* fp = __builtin_frame_address(0);
  if (c == nullptr) chanPanic("close of nil channel", fp);
  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    chanPanic("close of closed channel", fp);
  }
  __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);
  // Collect every waiter (linked through schedlink, as Go's gList), then
  // ready them with the lock released.
  G* glist = nullptr;
  while (Sudog* sg = dequeue(&c->recvq)) {
    if (sg->elem != nullptr) {
      std::memset(sg->elem, 0, c->elemsize);
      sg->elem = nullptr;
    }
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist;
    glist = gp;
  }
  while (Sudog* sg = dequeue(&c->sendq)) {
    sg->elem = nullptr;
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist;
    glist = gp;
  }
  unlock(&c->lock);
  while (glist != nullptr) {
    G* gp = glist;
    glist = gp->schedlink;
    gp->schedlink = nullptr;
    goready(gp);
  }
}

// The entries below run on the goroutine stack (see the file comment).
void gorun_chansend1(HChan* c, const void* elem) {
  chansend(c, elem, true, __builtin_frame_address(0));
}

void gorun_chanrecv1(HChan* c, void* elem) { chanrecv(c, elem, true, __builtin_frame_address(0)); }

int64_t gorun_chanrecv2(HChan* c, void* elem) {
  return chanrecv(c, elem, true, __builtin_frame_address(0)).received;
}

int64_t gorun_selectnbsend(HChan* c, const void* elem) {
  return chansend(c, elem, false, __builtin_frame_address(0));
}

// Bit 0: a case was selected; bit 1: a value (not a close) was received.
int64_t gorun_selectnbrecv(void* elem, HChan* c) {
  auto r = chanrecv(c, elem, false, __builtin_frame_address(0));
  return int64_t(r.selected) | int64_t(r.received) << 1;
}
