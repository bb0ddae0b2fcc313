// The network poller (Go's netpoll.go): what the scheduler and the net
// natives share. netpoll.cpp holds the portable part (pollDesc, parking,
// deadlines); netpoll_epoll.cpp the Linux one (Go's netpoll_epoll.go).
//
// The contract with the scheduler (HACKING.md, "The network poller"):
//   - netpoll(delay) returns the Gs whose descriptors became ready, linked
//     through schedlink and still _Gwaiting; the caller makes them
//     runnable with injectglist (proc.cpp). delay < 0 blocks, 0 polls,
//     > 0 waits at most that many ns.
//   - At most one M blocks in netpoll at a time: it is the one that
//     swapped netpollLastPoll to 0; it stores nanotime() back when it
//     returns. netpollUntil is when it will wake by itself (0: never), so
//     that wakeNetPoller can netpollBreak it for an earlier timer.
//   - findRunnable polls without blocking when netpollWaiters > 0 and
//     nobody blocks in netpoll, and before the M sleeps it blocks in
//     netpoll instead (with no P) when there are waiters; sysmon polls
//     when nobody has for 10 ms.
#pragma once

#include "runtime/sched.h"

#include <atomic>
#include <cstdint>

namespace gorun::runtime {

// True once the first descriptor was registered (epoll instance made).
bool netpollinited();
// Gs parked in netpollblock (Go's netpollWaiters).
extern std::atomic<int32_t> netpollWaiters;
// When the last poll finished; 0 while an M blocks in netpoll.
extern std::atomic<int64_t> netpollLastPoll;
// When the M blocking in netpoll wakes by itself (0: not timed).
extern std::atomic<int64_t> netpollUntil;

// Polls for ready descriptors (see above). *n receives how many Gs.
G* netpoll(int64_t delay, int32_t* n);
// Wakes the M blocked in netpoll (no-op if none).
void netpollBreak();

// proc.cpp: makes a list of _Gwaiting Gs (linked through schedlink)
// runnable: on the global queue, starting Ms for idle Ps (Go's
// injectglist). Any thread, with or without a P.
void injectglist(G* list, int32_t n);

}  // namespace gorun::runtime

// --- Between netpoll.cpp and the platform file (netpoll_epoll.cpp).
namespace gorun::runtime {
struct PollDesc;
// Platform: makes the poller (once), registers/unregisters a descriptor
// (edge-triggered, read and write) with pd as its user data.
void netpollinit();
int netpollopen(int fd, PollDesc* pd);  // 0 or an errno
void netpollclose(int fd);
// Portable: a descriptor is ready for mode ('r', 'w', 'r'+'w'): the G
// waiting on it, if any, is pushed on *list (it stays _Gwaiting).
void netpollready(G** list, int32_t* n, PollDesc* pd, int32_t mode);
// Portable: an error event was seen on pd (EPOLLERR).
void netpollseterr(PollDesc* pd);
}  // namespace gorun::runtime
