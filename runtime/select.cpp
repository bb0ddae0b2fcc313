// select (Go's select.go).
//
// The JIT lowers a select with two or more communication cases (or one
// and no default... see jit/select.cpp for the special forms) to
//     casi = runtime.selectgo(cases, order, nsends, nrecvs, block, &recvOK)
// where cases is an array of Scase {c, elem} on the caller's stack, sends
// first, then receives (in source order within each group), and order is
// scratch space of 2*(nsends+nrecvs) uint16 for the poll and lock orders.
// It returns the index of the case that ran, or -1 when !block (there is
// a default) and nothing was ready.
//
// The algorithm is Go's selectgo:
//   1. Poll order: a random permutation of the cases with non-nil
//      channels (fairness: every ready case is equally likely). Lock
//      order: the same cases sorted by channel address (heapsort, no
//      allocation), so that two selects over the same channels never
//      lock them in opposite orders.
//   2. Lock every channel (sellock, each distinct channel once).
//   3. Pass 1: in poll order, the first case that can proceed now (a
//      parked partner, buffer room or data, or a closed channel) runs;
//      unlock and return.
//   4. No default: pass 2 enqueues a sudog for every case on its channel
//      (in lock order, linked from G::waiting) and parks; gopark's unlockf
//      (selparkcommit) unlocks the channels once the G is saved.
//   5. A waker dequeues one of our sudogs, wins G::selectDone (so no
//      other channel can complete a second case), passes the value and
//      readies us with G::param = that sudog.
//   6. Pass 3: lock all channels again, dequeue every other sudog, unlock;
//      the case whose sudog fired wins (success false on a send case: the
//      channel was closed, panic).
//
// Stacks: gorun_selectgo runs on the goroutine stack (it parks); steps 1-4
// and 6 run on g0 through gorun_systemstack (they may ready other Gs and
// allocate sudogs). The scase and order arrays live in the JIT caller's
// frame: only the G itself reads them (selparkcommit must not: the G may
// already run on another M once the first channel is unlocked).
#include "runtime/chan.h"

#include "runtime/sched.h"

#include <cstring>

namespace gorun::runtime {
struct Scase {
  HChan* c;
  void* elem;
};
}  // namespace gorun::runtime

extern "C" int64_t gorun_selectgo(gorun::runtime::Scase* cas0, uint16_t* order0, int64_t nsends,
                                  int64_t nrecvs, int64_t block, uint8_t* recvOK);
extern "C" void gorun_block();

namespace gorun::runtime {

namespace {

struct SelectOp {
  Scase* scases;
  uint16_t* pollorder;
  uint16_t* lockorder;
  int nsends, ncases;
  int norder = 0;
  bool block;
  void* fp;
  int casi = -1;
  bool recvOK = false;
  bool park = false;
  const char* panicMsg = nullptr;
};

void sellock(Scase* scases, const uint16_t* lockorder, int n) {
  HChan* c = nullptr;
  for (int i = 0; i < n; ++i) {
    HChan* c0 = scases[lockorder[i]].c;
    if (c0 != c) {
      c = c0;
      lock(&c->lock);
    }
  }
}

void selunlock(Scase* scases, const uint16_t* lockorder, int n) {
  // Unlock in reverse lock order; a channel that appears several times is
  // unlocked once (at its first occurrence).
  for (int i = n - 1; i >= 0; --i) {
    HChan* c = scases[lockorder[i]].c;
    if (i > 0 && c == scases[lockorder[i - 1]].c) continue;
    unlock(&c->lock);
  }
}

struct UnlockArgs {
  Scase* scases;
  const uint16_t* lockorder;
  int n;
};

void selunlockThunk(void* a) {
  auto* u = static_cast<UnlockArgs*>(a);
  selunlock(u->scases, u->lockorder, u->n);
}

// gopark's unlockf: see Go's selparkcommit. Must not touch the SelectOp
// (the G's stack): once a channel is unlocked the G may be readied.
bool selparkcommit(G* gp, void*) {
  HChan* lastc = nullptr;
  for (Sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    // Fields of any sudog on a channel may change as soon as that channel
    // is unlocked: unlock only after the last sudog of the channel.
    if (sg->c != lastc && lastc != nullptr) unlock(&lastc->lock);
    lastc = sg->c;
  }
  if (lastc != nullptr) unlock(&lastc->lock);
  return true;
}

// Steps 1-4 on g0.
void selectgo1(void* a) {
  auto* op = static_cast<SelectOp*>(a);
  Scase* scases = op->scases;
  uint16_t* pollorder = op->pollorder;
  uint16_t* lockorder = op->lockorder;

  // 1. Poll order: insert each case with a channel at a random position.
  int norder = 0;
  for (int i = 0; i < op->ncases; ++i) {
    Scase* cas = &scases[i];
    if (cas->c == nullptr) {
      cas->elem = nullptr;
      continue;
    }
    uint32_t j = uint32_t((uint64_t(fastrand()) * uint64_t(norder + 1)) >> 32);
    pollorder[norder] = pollorder[j];
    pollorder[j] = uint16_t(i);
    norder++;
  }
  op->norder = norder;

  // Lock order: heapsort by channel address.
  auto addr = [&](int k) { return reinterpret_cast<uintptr_t>(scases[k].c); };
  for (int i = 0; i < norder; ++i) {
    int j = i;
    uint16_t k = pollorder[i];
    uintptr_t ck = addr(k);
    while (j > 0 && addr(lockorder[(j - 1) / 2]) < ck) {
      lockorder[j] = lockorder[(j - 1) / 2];
      j = (j - 1) / 2;
    }
    lockorder[j] = k;
  }
  for (int i = norder - 1; i >= 0; --i) {
    uint16_t o = lockorder[i];
    uintptr_t c = addr(o);
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && addr(lockorder[k]) < addr(lockorder[k + 1])) k++;
      if (c < addr(lockorder[k])) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }

  // 2.
  sellock(scases, lockorder, norder);
  UnlockArgs ua{scases, lockorder, norder};

  // 3. Pass 1.
  for (int n = 0; n < norder; ++n) {
    int casi = pollorder[n];
    Scase* cas = &scases[casi];
    HChan* c = cas->c;
    if (casi >= op->nsends) {
      if (Sudog* sg = dequeue(&c->sendq)) {
        chanRecvDirect(c, sg, cas->elem, selunlockThunk, &ua);
        op->casi = casi;
        op->recvOK = true;
        return;
      }
      if (c->qcount > 0) {
        uint8_t* qp = chanbuf(c, c->recvx);
        if (cas->elem) std::memmove(cas->elem, qp, c->elemsize);
        std::memset(qp, 0, c->elemsize);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        selunlock(scases, lockorder, norder);
        op->casi = casi;
        op->recvOK = true;
        return;
      }
      if (c->closed != 0) {
        selunlock(scases, lockorder, norder);
        if (cas->elem) std::memset(cas->elem, 0, c->elemsize);
        op->casi = casi;
        op->recvOK = false;
        return;
      }
    } else {
      if (c->closed != 0) {
        selunlock(scases, lockorder, norder);
        op->panicMsg = "send on closed channel";
        return;
      }
      if (Sudog* sg = dequeue(&c->recvq)) {
        chanSendDirect(c, sg, cas->elem, selunlockThunk, &ua);
        op->casi = casi;
        return;
      }
      if (c->qcount < c->dataqsiz) {
        std::memmove(chanbuf(c, c->sendx), cas->elem, c->elemsize);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount++;
        selunlock(scases, lockorder, norder);
        op->casi = casi;
        return;
      }
    }
  }

  if (!op->block) {
    selunlock(scases, lockorder, norder);
    op->casi = -1;
    return;
  }

  // 4. Pass 2: a sudog on every channel, linked in lock order.
  G* gp = getg();
  Sudog** nextp = &gp->waiting;
  for (int n = 0; n < norder; ++n) {
    int casi = lockorder[n];
    Scase* cas = &scases[casi];
    HChan* c = cas->c;
    Sudog* sg = acquireSudog(gp);
    sg->g = gp;
    sg->isSelect = true;
    sg->elem = cas->elem;
    sg->c = c;
    sg->success = false;
    *nextp = sg;
    nextp = &sg->waitlink;
    if (casi < op->nsends) enqueue(&c->sendq, sg);
    else enqueue(&c->recvq, sg);
  }
  *nextp = nullptr;
  gp->param = nullptr;
  op->park = true;  // the channels stay locked until selparkcommit
}

// Step 6 on g0.
void selectgo3(void* a) {
  auto* op = static_cast<SelectOp*>(a);
  Scase* scases = op->scases;
  uint16_t* lockorder = op->lockorder;
  int norder = op->norder;
  G* gp = getg();

  sellock(scases, lockorder, norder);
  __atomic_store_n(&gp->selectDone, 0, __ATOMIC_RELEASE);
  auto* sg = static_cast<Sudog*>(gp->param);
  gp->param = nullptr;

  int casi = -1;
  bool caseSuccess = false;
  Sudog* sglist = gp->waiting;
  for (Sudog* sg1 = gp->waiting; sg1 != nullptr; sg1 = sg1->waitlink) {
    sg1->isSelect = false;
    sg1->elem = nullptr;
    sg1->c = nullptr;
  }
  gp->waiting = nullptr;

  for (int n = 0; n < norder; ++n) {
    int k = lockorder[n];
    if (sg == sglist) {
      // Dequeued already by the G that woke us.
      casi = k;
      caseSuccess = sglist->success;
    } else {
      HChan* c = scases[k].c;
      if (k < op->nsends) dequeueSudog(&c->sendq, sglist);
      else dequeueSudog(&c->recvq, sglist);
    }
    Sudog* sgnext = sglist->waitlink;
    sglist->waitlink = nullptr;
    releaseSudog(gp, sglist);
    sglist = sgnext;
  }
  if (casi < 0) throwError("selectgo: bad wakeup");

  selunlock(scases, lockorder, norder);
  op->casi = casi;
  if (casi < op->nsends) {
    if (!caseSuccess) op->panicMsg = "send on closed channel";
  } else {
    op->recvOK = caseSuccess;
  }
}

struct PanicArgs {
  const char* msg;
  void* fp;
};

void panicOnG0(void* a) {
  auto* p = static_cast<PanicArgs*>(a);
  chanPanic(p->msg, p->fp);
}

}  // namespace

}  // namespace gorun::runtime

using namespace gorun::runtime;

// On the goroutine stack (it parks).
int64_t gorun_selectgo(Scase* cas0, uint16_t* order0, int64_t nsends, int64_t nrecvs,
                       int64_t block, uint8_t* recvOK) {
  void* fp = __builtin_frame_address(0);
  int ncases = int(nsends + nrecvs);
  if (ncases > 65536) throwError("selectgo: too many cases");
  SelectOp op{cas0, order0, order0 + ncases, int(nsends), ncases, 0, block != 0, fp};
  gorun_systemstack(selectgo1, &op);
  if (op.park) {
    gopark(selparkcommit, nullptr, WaitReason::Select);
    gorun_systemstack(selectgo3, &op);
  }
  if (op.panicMsg) {
    PanicArgs a{op.panicMsg, fp};
    gorun_systemstack(panicOnG0, &a);
  }
  if (recvOK) *recvOK = op.recvOK;
  return op.casi;
}

// select {}: blocks forever.
void gorun_block() {
  gopark(nullptr, nullptr, WaitReason::SelectNoCases);
  throwError("unreachable");
}
