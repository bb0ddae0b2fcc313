// The network poller driven from C++ (runtime/netpoll.cpp,
// netpoll_epoll.cpp): goroutines started with runtime.newproc wait for
// readiness through net.runtime_pollWait (which parks them) and the
// g0-side natives, on non-blocking socketpairs and loopback TCP sockets.
// Each case runs under GOMAXPROCS=1 and 2 in a forked child.
#include "runtime/abi.h"
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

using namespace gorun::runtime;
using gorun::testutil::runChild;

namespace gorun::runtime {
void net_runtime_pollOpen(void* r, const void* p);
void net_runtime_pollClose(void* r, const void* p);
void net_runtime_pollWait(void* r, const void* p);
void net_runtime_pollSetDeadline(void* r, const void* p);
void net_runtime_pollUnblock(void* r, const void* p);
}  // namespace gorun::runtime

extern "C" {
void gorun_newproc(void* closure);
void* gorun_makechan(const GoType* chanType, int64_t size);
void gorun_chansend1(HChan* c, const void* elem);
void gorun_chanrecv1(HChan* c, void* elem);
}

namespace {

GoType intType = [] {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Int;
  return t;
}();
GoType chanIntType = [] {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Chan;
  t.chanDir = 3;
  t.elem = &intType;
  return t;
}();

void out(const std::string& s) { (void)!write(1, s.data(), s.size()); }

// Runs f() on the M's g0 stack (a goroutine stack is 2 KiB, and C++ has
// no prologue checks).
template <typename F>
void onG0(F f) {
  gorun_systemstack([](void* a) { (*static_cast<F*>(a))(); }, &f);
}

HChan* makechan(int64_t size) {
  HChan* c = nullptr;
  onG0([&] { c = static_cast<HChan*>(gorun_makechan(&chanIntType, size)); });
  return c;
}

uintptr_t pollOpen(int fd) {
  int64_t res[2] = {0, 0};
  int64_t p = fd;
  onG0([&] { net_runtime_pollOpen(res, &p); });
  if (res[1] != 0) std::abort();
  return uintptr_t(res[0]);
}
// On the goroutine stack (it parks).
int64_t pollWait(uintptr_t pd, int64_t mode) {
  struct {
    uintptr_t pd;
    int64_t mode;
  } p{pd, mode};
  int64_t r = -1;
  net_runtime_pollWait(&r, &p);
  return r;
}
void pollSetDeadline(uintptr_t pd, int64_t d, int64_t mode) {
  struct {
    uintptr_t pd;
    int64_t d, mode;
  } p{pd, d, mode};
  onG0([&] { net_runtime_pollSetDeadline(nullptr, &p); });
}
void pollUnblock(uintptr_t pd) {
  onG0([&] { net_runtime_pollUnblock(nullptr, &pd); });
}
void pollClose(uintptr_t pd) {
  onG0([&] { net_runtime_pollClose(nullptr, &pd); });
}

// read(2) until a byte arrives, parking on EAGAIN. Returns the byte, or
// -(pollWait's error) when the wait fails.
int64_t readByte(int fd, uintptr_t pd) {
  for (;;) {
    uint8_t b = 0;
    ssize_t n = 0;
    int err = 0;
    onG0([&] {
      n = ::read(fd, &b, 1);
      err = n < 0 ? errno : 0;
    });
    if (n == 1) return b;
    if (n == 0) return -100;  // EOF
    if (err != EAGAIN) return -200;
    int64_t e = pollWait(pd, 'r');
    if (e != 0) return -e;
  }
}

struct Reader {
  void (*code)(Reader*);
  int fd;
  uintptr_t pd;
  HChan* done;
  int64_t id;
};

void readerBody(Reader* r) {
  int64_t b = readByte(r->fd, r->pd);
  int64_t v = b == (r->id & 0x7f) ? r->id : -1 - r->id;
  gorun_chansend1(r->done, &v);
}

constexpr int nPairs = 200;
int pairs[nPairs][2];
Reader readers[nPairs];

// Many descriptors: 200 goroutines each park on their own socketpair;
// the main goroutine writes to them in reverse order.
void manySocketsMain(void*) {
  HChan* done = makechan(0);
  for (int i = 0; i < nPairs; i++) {
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, pairs[i]) != 0) std::abort();
    readers[i] = {readerBody, pairs[i][0], pollOpen(pairs[i][0]), done, i};
    gorun_newproc(&readers[i]);
  }
  timeSleep(20 * 1000 * 1000);  // they all park
  for (int i = nPairs - 1; i >= 0; i--) {
    uint8_t b = uint8_t(i & 0x7f);
    onG0([&] { (void)!::write(pairs[i][1], &b, 1); });
  }
  int ok = 0;
  int64_t sum = 0;
  for (int i = 0; i < nPairs; i++) {
    int64_t v;
    gorun_chanrecv1(done, &v);
    if (v >= 0) ok++, sum += v;
  }
  out(std::to_string(ok) + " " + std::to_string(sum) + "\n");
}

// A read deadline wakes a parked reader with a timeout; clearing it and
// writing makes the next wait succeed.
void deadlineMain(void*) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) != 0) std::abort();
  uintptr_t pd = pollOpen(sv[0]);
  pollSetDeadline(pd, 50 * 1000 * 1000, 'r');
  int64_t t0 = nanotime();
  int64_t e = readByte(sv[0], pd);
  int64_t ms = (nanotime() - t0) / 1000000;
  std::string s = "timeout " + std::to_string(e) + " " + (ms >= 45 && ms < 1000 ? "in time" : std::to_string(ms) + "ms") + "\n";
  // The write side has no deadline.
  s += "write wait " + std::to_string(pollWait(pd, 'w')) + "\n";
  // Expired stays expired until reset.
  s += "again " + std::to_string(readByte(sv[0], pd)) + "\n";
  pollSetDeadline(pd, 0, 'r');
  uint8_t b = 7;
  onG0([&] { (void)!::write(sv[1], &b, 1); });
  s += "after reset " + std::to_string(readByte(sv[0], pd)) + "\n";
  // A deadline in the past (negative) fails at once.
  pollSetDeadline(pd, -1, 'r');
  s += "past " + std::to_string(readByte(sv[0], pd)) + "\n";
  out(s);
}

Reader blocked;

// Closing (pollUnblock) wakes a goroutine parked in Read with
// pollErrClosing.
void closeWakesMain(void*) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) != 0) std::abort();
  HChan* done = makechan(0);
  blocked = {[](Reader* r) {
               int64_t v = readByte(r->fd, r->pd);
               gorun_chansend1(r->done, &v);
             },
             sv[0], pollOpen(sv[0]), done, 0};
  gorun_newproc(&blocked);
  timeSleep(20 * 1000 * 1000);
  int64_t t0 = nanotime();
  pollUnblock(blocked.pd);
  int64_t v;
  gorun_chanrecv1(done, &v);
  int64_t ms = (nanotime() - t0) / 1000000;
  pollClose(blocked.pd);
  close(sv[0]);
  out("closed " + std::to_string(v) + (ms < 500 ? " promptly" : " late") + "\n");
}

Reader acceptor;

// Loopback TCP: a non-blocking connect completes through a write wait;
// an accept parks until the connection arrives; a connect to a closed
// port is refused.
void tcpMain(void*) {
  int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(ls, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 || listen(ls, 16) != 0) std::abort();
  socklen_t len = sizeof sa;
  getsockname(ls, reinterpret_cast<sockaddr*>(&sa), &len);
  HChan* done = makechan(0);
  acceptor = {[](Reader* r) {
                int fd = -1;
                for (;;) {
                  int err = 0;
                  onG0([&] {
                    fd = accept4(r->fd, nullptr, nullptr, SOCK_NONBLOCK);
                    err = errno;
                  });
                  if (fd >= 0) break;
                  if (err != EAGAIN || pollWait(r->pd, 'r') != 0) {
                    int64_t v = -1;
                    gorun_chansend1(r->done, &v);
                    return;
                  }
                }
                uintptr_t pd = pollOpen(fd);
                int64_t v = readByte(fd, pd);
                gorun_chansend1(r->done, &v);
              },
              ls, pollOpen(ls), done, 0};
  gorun_newproc(&acceptor);
  std::string s;
  int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  uintptr_t cpd = pollOpen(c);
  int rc = 0, err = 0;
  onG0([&] {
    rc = connect(c, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
    err = errno;
  });
  if (rc != 0 && err == EINPROGRESS) {
    s += "wait " + std::to_string(pollWait(cpd, 'w')) + " ";
    socklen_t l = sizeof err;
    getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &l);
    rc = err ? -1 : 0;
  }
  s += "connect " + std::to_string(rc) + " ";
  uint8_t b = 42;
  onG0([&] { (void)!::write(c, &b, 1); });
  int64_t v;
  gorun_chanrecv1(done, &v);
  s += "accepted read " + std::to_string(v) + "\n";
  // Refused: close the listener, connect again to its port.
  close(ls);
  int c2 = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  uintptr_t pd2 = pollOpen(c2);
  onG0([&] {
    rc = connect(c2, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
    err = rc ? errno : 0;
  });
  if (rc != 0 && err == EINPROGRESS) {
    pollWait(pd2, 'w');
    socklen_t l = sizeof err;
    getsockopt(c2, SOL_SOCKET, SO_ERROR, &err, &l);
  }
  s += std::string("refused ") + (err == ECONNREFUSED ? "yes" : std::to_string(err)) + "\n";
  out(s);
}

std::string runWith(void (*body)(void*), const char* procs) {
  auto r = runChild([&] {
    setenv("GOMAXPROCS", procs, 1);
    start(body, {"prog"});
  });
  INFO("stderr: " << r.err);
  CHECK(r.status == 0);
  return r.out;
}

}  // namespace

TEST_CASE("netpoll: 200 goroutines parked on 200 sockets", "[netpoll]") {
  std::string want = std::to_string(nPairs) + " " + std::to_string(nPairs * (nPairs - 1) / 2) + "\n";
  CHECK(runWith(manySocketsMain, "1") == want);
  CHECK(runWith(manySocketsMain, "2") == want);
}

TEST_CASE("netpoll: read deadlines through the timers", "[netpoll]") {
  std::string want =
      "timeout -2 in time\nwrite wait 0\nagain -2\nafter reset 7\npast -2\n";
  CHECK(runWith(deadlineMain, "1") == want);
  CHECK(runWith(deadlineMain, "2") == want);
}

TEST_CASE("netpoll: close wakes a goroutine blocked in read", "[netpoll]") {
  CHECK(runWith(closeWakesMain, "1") == "closed -1 promptly\n");
  CHECK(runWith(closeWakesMain, "2") == "closed -1 promptly\n");
}

TEST_CASE("netpoll: loopback connect, accept, refused", "[netpoll]") {
  std::string want = "wait 0 connect 0 accepted read 42\nrefused yes\n";
  // The connect may complete at once on loopback: accept both forms.
  for (const char* procs : {"1", "2"}) {
    std::string got = runWith(tcpMain, procs);
    if (got.rfind("connect 0", 0) == 0) got = "wait 0 " + got;
    CHECK(got == want);
  }
}
