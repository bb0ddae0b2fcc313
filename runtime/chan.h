// Channels (Go's chan.go) and the records select shares with them.
//
// chan.cpp opens with the design; this header is what select.cpp and
// time.cpp's channel timers need.
#pragma once

#include "runtime/lock_futex.h"
#include "runtime/runtime2.h"

#include <cstdint>

namespace gorun::runtime {

struct HChan;

// A G waiting on a channel (Go's sudog). A G waits with one sudog in a
// plain send or receive, with one per case in a select. Sudogs are
// runtime-private (new), cached per G (G::sudogcache) and never freed.
//
// elem points into the waiting G's stack (the value to send, or where to
// put the received one): allowed because a parked G's stack never moves
// (HACKING.md). Every field is guarded by c->lock while the sudog is on
// c's queue.
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;  // the wait queue
  Sudog* prev = nullptr;
  void* elem = nullptr;
  Sudog* waitlink = nullptr;  // G::waiting list (select)
  HChan* c = nullptr;
  bool isSelect = false;
  // true: woken because a value was passed; false: because c was closed.
  bool success = false;
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
};

// A channel (Go's hchan). The JIT reads qcount (offset 0) and dataqsiz
// (offset 8) directly for len and cap (abi.h). The buffer follows the
// header in the same allocation (null type: scanned conservatively).
//
// Invariants (Go's):
//   at least one of sendq and recvq is empty, except for an unbuffered
//   channel with a single G blocked on it in select on both sides;
//   for buffered channels: qcount > 0 implies recvq is empty, and
//   qcount < dataqsiz implies sendq is empty.
// Every field but dataqsiz, elemsize and elemtype is guarded by lock;
// closed is also read without it by the non-blocking fast paths.
struct HChan {
  uint64_t qcount = 0;    // 0: values in the buffer
  uint64_t dataqsiz = 0;  // 8: buffer size
  uint8_t* buf = nullptr;
  uint64_t elemsize = 0;
  uint32_t closed = 0;
  const GoType* elemtype = nullptr;
  uint64_t sendx = 0;  // send index
  uint64_t recvx = 0;  // receive index
  WaitQ recvq;
  WaitQ sendq;
  Mutex lock;
};

// Pops the first sudog of q that may be woken: for a select's sudog, only
// if this waker wins the G's selectDone CAS.
Sudog* dequeue(WaitQ* q);
void enqueue(WaitQ* q, Sudog* s);
// Removes s from q (select's losers).
void dequeueSudog(WaitQ* q, Sudog* s);

// The G's sudogs (on g0).
Sudog* acquireSudog(G* gp);
void releaseSudog(G* gp, Sudog* s);

// Completes a send to the parked receiver sg (dequeued from c->recvq,
// c locked): copies ep, calls unlockf(arg), readies sg->g. On g0.
void chanSendDirect(HChan* c, Sudog* sg, const void* ep, void (*unlockf)(void*), void* arg);
// Completes a receive from the parked sender sg (dequeued from
// c->sendq, c locked). On g0.
void chanRecvDirect(HChan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg);
inline uint8_t* chanbuf(HChan* c, uint64_t i) { return c->buf + i * c->elemsize; }

// A non-blocking send from runtime code on g0 (time's channel timers):
// false if c is full.
bool chansendNonblock(HChan* c, const void* ep);

// Prints "panic: msg" with a traceback from the JIT frame record fp and
// ends the goroutine (a plain, non-runtime-error panic); on g0.
[[noreturn]] void chanPanic(const char* msg, void* fp);

}  // namespace gorun::runtime
