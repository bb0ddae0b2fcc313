// The portable half of the network poller (Go's netpoll.go): a pollDesc
// per descriptor, goroutines parked on it until the descriptor is ready,
// deadlines through the timers, and the natives of package net that use
// them (stdlib/net/fd_poll.go).
//
// How a read works (Go's internal/poll.FD.Read): the socket is
// non-blocking; the Go code calls read(2) (a g0 native); on EAGAIN it
// calls runtime_pollWait(pd, 'r'), which parks the G on pd->rg until
// epoll reports the descriptor readable (netpoll, from findRunnable or
// sysmon), a deadline passes, or the descriptor is closed; then it
// retries. An M never blocks in read(2) on a socket.
//
// pd->rg / pd->wg (Go's semaphores, one per direction) hold:
//   0        nobody waits, no notification pending;
//   pdReady  an I/O notification is pending (consumed by the next wait);
//   pdWait   a G is about to park (set before gopark, on its stack);
//   a G*     that G is parked (set by netpollblockcommit, on g0, once its
//            context is saved: so a waker that CASes a G* out can always
//            goready it).
// Invariants: only the CAS that takes a G* out of rg/wg readies it (and
// decrements netpollWaiters); closing, rd, wd and the seqs change only
// under pd->lock; a timer whose seq differs from the pd's current one is
// stale and does nothing. PollDescs are never freed (a stale epoll event
// for a reused one is a spurious wake-up, which every caller tolerates:
// it retries the system call), as Go's pollCache.
//
// Stacks: runtime_pollWait parks, so it runs on the goroutine stack
// (symbols: direct) and must stay shallow: it neither allocates nor
// prints. Every other native runs on g0 (it may add timers or goready).
#include "runtime/netpoll.h"

#include "runtime/natives.h"

#include <cerrno>
#include <climits>
#include <mutex>

namespace gorun::runtime {

namespace {

constexpr uintptr_t pdReady = 1;
constexpr uintptr_t pdWait = 2;

// The errors runtime_pollWait reports (Go's pollNoError ...); the Go
// side maps them to ErrNetClosing, os.ErrDeadlineExceeded ...
constexpr int64_t pollNoError = 0;
constexpr int64_t pollErrClosing = 1;
constexpr int64_t pollErrTimeout = 2;
constexpr int64_t pollErrNotPollable = 3;

}  // namespace

struct PollDesc {
  PollDesc* link = nullptr;  // free list (pollCache.lock)
  Mutex lock;                // guards the fields below but rg/wg
  int fd = -1;
  bool closing = false;
  bool eventErr = false;
  uintptr_t rseq = 0, wseq = 0;  // bumped when the pd is reused or a deadline changes
  std::atomic<uintptr_t> rg{0}, wg{0};
  Timer rt, wt;
  bool rtSet = false, wtSet = false;  // the timer is (or was) armed
  int64_t rd = 0, wd = 0;             // deadlines: 0 none, -1 expired, else nanotime
};

std::atomic<int32_t> netpollWaiters{0};
std::atomic<int64_t> netpollLastPoll{1};
std::atomic<int64_t> netpollUntil{0};

namespace {

std::once_flag initOnce;
std::atomic<bool> inited{false};

Mutex cacheLock;
PollDesc* cacheFirst = nullptr;

PollDesc* pdAlloc() {
  lock(&cacheLock);
  PollDesc* pd = cacheFirst;
  if (pd) cacheFirst = pd->link;
  unlock(&cacheLock);
  if (!pd) pd = new PollDesc();
  return pd;
}

int64_t netpollcheckerr(PollDesc* pd, int32_t mode) {
  // Read without the lock, as Go's pd.info(): a stale value only costs a
  // retry, since the setters wake the waiter after publishing.
  if (__atomic_load_n(&pd->closing, __ATOMIC_ACQUIRE)) return pollErrClosing;
  if ((mode == 'r' && __atomic_load_n(&pd->rd, __ATOMIC_ACQUIRE) < 0) ||
      (mode == 'w' && __atomic_load_n(&pd->wd, __ATOMIC_ACQUIRE) < 0))
    return pollErrTimeout;
  if (mode == 'r' && __atomic_load_n(&pd->eventErr, __ATOMIC_ACQUIRE)) return pollErrNotPollable;
  return pollNoError;
}

bool netpollblockcommit(G* gp, void* gpp) {
  uintptr_t exp = pdWait;
  bool ok = static_cast<std::atomic<uintptr_t>*>(gpp)->compare_exchange_strong(
      exp, reinterpret_cast<uintptr_t>(gp));
  if (ok) netpollWaiters.fetch_add(1);
  return ok;
}

// Returns true if I/O is ready, false on timeout or close. Runs on the
// goroutine stack.
bool netpollblock(PollDesc* pd, int32_t mode) {
  std::atomic<uintptr_t>* gpp = mode == 'w' ? &pd->wg : &pd->rg;
  for (;;) {
    uintptr_t v = pdReady;
    if (gpp->compare_exchange_strong(v, 0)) return true;
    v = 0;
    if (gpp->compare_exchange_strong(v, pdWait)) break;
    if (v != pdReady && v != 0) throwError("runtime: double wait");
  }
  if (netpollcheckerr(pd, mode) == pollNoError)
    gopark(netpollblockcommit, gpp, WaitReason::IOWait);
  uintptr_t old = gpp->exchange(0);
  if (old > pdWait) throwError("runtime: corrupted polldesc");
  return old == pdReady;
}

// Takes the parked G out of pd's semaphore for mode (ioready: leave a
// notification for the next wait). Returns the G to ready, or null.
G* netpollunblock(PollDesc* pd, int32_t mode, bool ioready) {
  std::atomic<uintptr_t>* gpp = mode == 'w' ? &pd->wg : &pd->rg;
  for (;;) {
    uintptr_t old = gpp->load();
    if (old == pdReady) return nullptr;
    if (old == 0 && !ioready) return nullptr;
    uintptr_t nw = ioready ? pdReady : 0;
    if (gpp->compare_exchange_strong(old, nw)) {
      if (old == pdWait) return nullptr;  // not parked yet: it sees nw
      if (old == 0) return nullptr;
      netpollWaiters.fetch_sub(1);
      return reinterpret_cast<G*>(old);
    }
  }
}

void netpollgoready(G* gp) {
  if (gp) goready(gp);
}

// A deadline timer fired (on g0, in checkTimers). arg: the pd.
void netpollDeadline(PollDesc* pd, uintptr_t seq, bool read) {
  lock(&pd->lock);
  if (seq != (read ? pd->rseq : pd->wseq)) {
    unlock(&pd->lock);
    return;
  }
  G* gp;
  if (read) {
    __atomic_store_n(&pd->rd, int64_t(-1), __ATOMIC_RELEASE);
    gp = netpollunblock(pd, 'r', false);
  } else {
    __atomic_store_n(&pd->wd, int64_t(-1), __ATOMIC_RELEASE);
    gp = netpollunblock(pd, 'w', false);
  }
  unlock(&pd->lock);
  netpollgoready(gp);
}
void netpollReadDeadline(void* arg, uintptr_t seq) {
  netpollDeadline(static_cast<PollDesc*>(arg), seq, true);
}
void netpollWriteDeadline(void* arg, uintptr_t seq) {
  netpollDeadline(static_cast<PollDesc*>(arg), seq, false);
}

// (Re)arms or disarms one deadline timer, pd->lock held.
void armDeadline(PollDesc* pd, Timer* t, bool* set, uintptr_t* seq, int64_t d,
                 void (*f)(void*, uintptr_t)) {
  if (*set) {
    deltimer(t);
    *set = false;
  }
  (*seq)++;
  if (d > 0) {
    t->f = f;
    t->arg = pd;
    t->seq = *seq;
    t->period = 0;
    t->when = d;
    addtimer(t);
    *set = true;
  }
}

PollDesc* pdOf(uintptr_t p) { return reinterpret_cast<PollDesc*>(p); }

}  // namespace

bool netpollinited() { return inited.load(std::memory_order_acquire); }

void netpollready(G** list, int32_t* n, PollDesc* pd, int32_t mode) {
  G* rg = nullptr;
  G* wg = nullptr;
  if (mode == 'r' || mode == 'r' + 'w') rg = netpollunblock(pd, 'r', true);
  if (mode == 'w' || mode == 'r' + 'w') wg = netpollunblock(pd, 'w', true);
  for (G* gp : {rg, wg}) {
    if (!gp) continue;
    gp->schedlink = *list;
    *list = gp;
    ++*n;
  }
}

void netpollseterr(PollDesc* pd) { __atomic_store_n(&pd->eventErr, true, __ATOMIC_RELEASE); }

// --- Natives of package net (stdlib/net/fd_poll.go).

// func runtime_pollOpen(fd int) (pd uintptr, errno int)
void net_runtime_pollOpen(void* r, const void* p) {
  int fd = int(*static_cast<const int64_t*>(p));
  auto* res = static_cast<int64_t*>(r);
  std::call_once(initOnce, [] {
    netpollinit();
    inited.store(true, std::memory_order_release);
  });
  PollDesc* pd = pdAlloc();
  lock(&pd->lock);
  pd->fd = fd;
  __atomic_store_n(&pd->closing, false, __ATOMIC_RELEASE);
  pd->eventErr = false;
  pd->rseq++;
  pd->wseq++;
  pd->rg.store(0);
  pd->wg.store(0);
  pd->rd = pd->wd = 0;
  unlock(&pd->lock);
  int err = netpollopen(fd, pd);
  if (err != 0) {
    lock(&cacheLock);
    pd->link = cacheFirst;
    cacheFirst = pd;
    unlock(&cacheLock);
    res[0] = 0, res[1] = err;
    return;
  }
  res[0] = int64_t(reinterpret_cast<uintptr_t>(pd));
  res[1] = 0;
}

// func runtime_pollClose(pd uintptr): after runtime_pollUnblock, once no
// goroutine uses the descriptor any more.
void net_runtime_pollClose(void*, const void* p) {
  PollDesc* pd = pdOf(*static_cast<const uintptr_t*>(p));
  if (!pd->closing) throwError("runtime: close polldesc w/o unblock");
  if (pd->wg.load() != 0 && pd->wg.load() != pdReady) throwError("runtime: blocked write on closing polldesc");
  if (pd->rg.load() != 0 && pd->rg.load() != pdReady) throwError("runtime: blocked read on closing polldesc");
  netpollclose(pd->fd);
  lock(&cacheLock);
  pd->link = cacheFirst;
  cacheFirst = pd;
  unlock(&cacheLock);
}

// func runtime_pollReset(pd uintptr, mode int) int
void net_runtime_pollReset(void* r, const void* p) {
  struct Params {
    uintptr_t pd;
    int64_t mode;
  };
  auto* ps = static_cast<const Params*>(p);
  PollDesc* pd = pdOf(ps->pd);
  int32_t mode = int32_t(ps->mode);
  int64_t err = netpollcheckerr(pd, mode);
  if (err == pollNoError) {
    if (mode == 'r') pd->rg.store(0);
    else if (mode == 'w') pd->wg.store(0);
  }
  *static_cast<int64_t*>(r) = err;
}

// func runtime_pollWait(pd uintptr, mode int) int: parks until the
// descriptor is ready for mode. On the goroutine stack.
void net_runtime_pollWait(void* r, const void* p) {
  struct Params {
    uintptr_t pd;
    int64_t mode;
  };
  auto* ps = static_cast<const Params*>(p);
  PollDesc* pd = pdOf(ps->pd);
  int32_t mode = int32_t(ps->mode);
  int64_t err = netpollcheckerr(pd, mode);
  if (err == pollNoError) {
    while (!netpollblock(pd, mode)) {
      err = netpollcheckerr(pd, mode);
      if (err != pollNoError) break;
      // Spurious wake-up (a stale timer or event): wait again.
    }
  }
  *static_cast<int64_t*>(r) = err;
}

// func runtime_pollSetDeadline(pd uintptr, d int64, mode int): d is a
// relative duration (ns; <= 0: already expired, unless 0 meaning none is
// passed as noDeadline by the Go side as 0).
void net_runtime_pollSetDeadline(void*, const void* p) {
  struct Params {
    uintptr_t pd;
    int64_t d;
    int64_t mode;
  };
  auto* ps = static_cast<const Params*>(p);
  PollDesc* pd = pdOf(ps->pd);
  int64_t d = ps->d;
  int32_t mode = int32_t(ps->mode);
  lock(&pd->lock);
  if (pd->closing) {
    unlock(&pd->lock);
    return;
  }
  if (d > 0) {
    d += nanotime();
    if (d <= 0) d = INT64_MAX;
  }
  if (mode == 'r' || mode == 'r' + 'w') {
    __atomic_store_n(&pd->rd, d, __ATOMIC_RELEASE);
    armDeadline(pd, &pd->rt, &pd->rtSet, &pd->rseq, d, netpollReadDeadline);
  }
  if (mode == 'w' || mode == 'r' + 'w') {
    __atomic_store_n(&pd->wd, d, __ATOMIC_RELEASE);
    armDeadline(pd, &pd->wt, &pd->wtSet, &pd->wseq, d, netpollWriteDeadline);
  }
  G* rg = pd->rd < 0 ? netpollunblock(pd, 'r', false) : nullptr;
  G* wg = pd->wd < 0 ? netpollunblock(pd, 'w', false) : nullptr;
  unlock(&pd->lock);
  netpollgoready(rg);
  netpollgoready(wg);
}

// func runtime_pollUnblock(pd uintptr): the descriptor is being closed:
// every waiter wakes with pollErrClosing.
void net_runtime_pollUnblock(void*, const void* p) {
  PollDesc* pd = pdOf(*static_cast<const uintptr_t*>(p));
  lock(&pd->lock);
  if (pd->closing) throwError("runtime: unblock on closing polldesc");
  __atomic_store_n(&pd->closing, true, __ATOMIC_RELEASE);
  pd->rseq++;
  pd->wseq++;
  G* rg = netpollunblock(pd, 'r', false);
  G* wg = netpollunblock(pd, 'w', false);
  if (pd->rtSet) deltimer(&pd->rt), pd->rtSet = false;
  if (pd->wtSet) deltimer(&pd->wt), pd->wtSet = false;
  unlock(&pd->lock);
  netpollgoready(rg);
  netpollgoready(wg);
}

}  // namespace gorun::runtime
