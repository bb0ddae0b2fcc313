// The network poller on Linux (Go's netpoll_epoll.go): one epoll
// instance, every descriptor registered edge-triggered for read and write
// with its PollDesc as user data, and an eventfd to break a blocked
// epoll_wait (netpollBreak: a new earlier timer, or work for the M that
// sleeps in the poller).
#include "runtime/netpoll.h"

#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace gorun::runtime {

namespace {

int epfd = -1;
int breakfd = -1;
std::atomic<uint32_t> netpollWakeSig{0};  // a break is pending

}  // namespace

void netpollinit() {
  epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) throwError("runtime: netpollinit failed");
  breakfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (breakfd < 0) throwError("runtime: netpollinit failed");
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.ptr = &breakfd;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, breakfd, &ev) < 0) throwError("runtime: netpollinit failed");
}

int netpollopen(int fd, PollDesc* pd) {
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = pd;
  return epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0 ? errno : 0;
}

void netpollclose(int fd) {
  epoll_event ev{};
  epoll_ctl(epfd, EPOLL_CTL_DEL, fd, &ev);
}

void netpollBreak() {
  if (!netpollinited()) return;
  uint32_t zero = 0;
  if (!netpollWakeSig.compare_exchange_strong(zero, 1)) return;
  uint64_t one = 1;
  for (;;) {
    ssize_t n = write(breakfd, &one, sizeof one);
    if (n == sizeof one || (n < 0 && errno == EAGAIN)) return;
    if (n < 0 && errno == EINTR) continue;
    throwError("runtime: netpollBreak write failed");
  }
}

G* netpoll(int64_t delay, int32_t* n) {
  *n = 0;
  if (epfd < 0) return nullptr;
  int waitms;
  if (delay < 0) waitms = -1;
  else if (delay == 0) waitms = 0;
  else if (delay < 1000000) waitms = 1;
  else if (delay < 1000000000000) waitms = int(delay / 1000000);
  else waitms = 1000000;
  epoll_event events[128];
  G* list = nullptr;
  for (;;) {
    int nev = epoll_wait(epfd, events, 128, waitms);
    if (nev < 0) {
      if (errno != EINTR) throwError("runtime: netpoll failed");
      if (waitms > 0) return nullptr;  // let the caller recompute the delay
      continue;
    }
    for (int i = 0; i < nev; i++) {
      epoll_event* ev = &events[i];
      if (ev->events == 0) continue;
      if (ev->data.ptr == &breakfd) {
        if (delay != 0) {
          uint64_t buf;
          (void)!read(breakfd, &buf, sizeof buf);
          netpollWakeSig.store(0);
        }
        continue;
      }
      int32_t mode = 0;
      if (ev->events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) mode += 'r';
      if (ev->events & (EPOLLOUT | EPOLLHUP | EPOLLERR)) mode += 'w';
      if (mode) {
        auto* pd = static_cast<PollDesc*>(ev->data.ptr);
        if (ev->events == EPOLLERR) netpollseterr(pd);
        netpollready(&list, n, pd, mode);
      }
    }
    return list;
  }
}

}  // namespace gorun::runtime
