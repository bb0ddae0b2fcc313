// Natives of package net (stdlib/net/sys_linux.go, fd_poll.go): the
// socket system calls, on non-blocking descriptors, and name resolution.
// Each returns a raw errno (0: success); the Go side wraps it in Go's
// error values (os.SyscallError, net.OpError ...).
//
// All run on g0 through the stubs, except runtime_pollWait (netpoll.cpp),
// which parks. None of the socket calls blocks: sockets are made with
// SOCK_NONBLOCK, and the Go side waits for readiness in the poller.
// getaddrinfo may block (a DNS query): it runs between entersyscall and
// exitsyscall, so that sysmon hands the P to another M meanwhile, as Go's
// cgo resolver does.
#include "runtime/natives.h"
#include "runtime/sched.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace gorun::runtime {

// netpoll.cpp.
void net_runtime_pollOpen(void* r, const void* p);
void net_runtime_pollClose(void* r, const void* p);
void net_runtime_pollReset(void* r, const void* p);
void net_runtime_pollWait(void* r, const void* p);
void net_runtime_pollSetDeadline(void* r, const void* p);
void net_runtime_pollUnblock(void* r, const void* p);

namespace {

int64_t errnoOf(int rc) { return rc < 0 ? errno : 0; }

// ip: 4 or 16 bytes (Go's IP.To4() or To16()).
socklen_t makeSockaddr(sockaddr_storage* ss, const GoSlice& ip, int64_t port) {
  std::memset(ss, 0, sizeof *ss);
  if (ip.len == 4) {
    auto* sa = reinterpret_cast<sockaddr_in*>(ss);
    sa->sin_family = AF_INET;
    sa->sin_port = htons(uint16_t(port));
    std::memcpy(&sa->sin_addr, ip.ptr, 4);
    return sizeof(sockaddr_in);
  }
  auto* sa = reinterpret_cast<sockaddr_in6*>(ss);
  sa->sin6_family = AF_INET6;
  sa->sin6_port = htons(uint16_t(port));
  if (ip.len == 16) std::memcpy(&sa->sin6_addr, ip.ptr, 16);
  return sizeof(sockaddr_in6);
}

// Writes the address into ip (capacity >= 16): returns its length.
int64_t readSockaddr(const sockaddr_storage& ss, const GoSlice& ip, int64_t* port) {
  if (ss.ss_family == AF_INET) {
    auto* sa = reinterpret_cast<const sockaddr_in*>(&ss);
    std::memcpy(ip.ptr, &sa->sin_addr, 4);
    *port = ntohs(sa->sin_port);
    return 4;
  }
  if (ss.ss_family == AF_INET6) {
    auto* sa = reinterpret_cast<const sockaddr_in6*>(&ss);
    std::memcpy(ip.ptr, &sa->sin6_addr, 16);
    *port = ntohs(sa->sin6_port);
    return 16;
  }
  *port = 0;
  return 0;
}

struct FdParam {
  int64_t fd;
};
struct FdAddrParams {
  int64_t fd;
  GoSlice ip;
  int64_t port;
};
struct FdBufParams {
  int64_t fd;
  GoSlice buf;
};

// func sysSocket(family, sotype int) (fd int, errno int)
void net_sysSocket(void* r, const void* p) {
  auto* ps = static_cast<const int64_t*>(p);
  auto* res = static_cast<int64_t*>(r);
  int fd = ::socket(int(ps[0]), int(ps[1]) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  res[0] = fd;
  res[1] = errnoOf(fd);
}

// func sysSetsockoptInt(fd, level, opt, value int) (errno int)
void net_sysSetsockoptInt(void* r, const void* p) {
  auto* ps = static_cast<const int64_t*>(p);
  int v = int(ps[3]);
  *static_cast<int64_t*>(r) = errnoOf(::setsockopt(int(ps[0]), int(ps[1]), int(ps[2]), &v, sizeof v));
}

// func sysConnect(fd int, ip []byte, port int) (errno int)
void net_sysConnect(void* r, const void* p) {
  auto* ps = static_cast<const FdAddrParams*>(p);
  sockaddr_storage ss;
  socklen_t n = makeSockaddr(&ss, ps->ip, ps->port);
  int rc;
  do rc = ::connect(int(ps->fd), reinterpret_cast<sockaddr*>(&ss), n);
  while (rc < 0 && errno == EINTR);
  *static_cast<int64_t*>(r) = errnoOf(rc);
}

// func sysBind(fd int, ip []byte, port int) (errno int)
void net_sysBind(void* r, const void* p) {
  auto* ps = static_cast<const FdAddrParams*>(p);
  sockaddr_storage ss;
  socklen_t n = makeSockaddr(&ss, ps->ip, ps->port);
  *static_cast<int64_t*>(r) = errnoOf(::bind(int(ps->fd), reinterpret_cast<sockaddr*>(&ss), n));
}

// func sysListen(fd, backlog int) (errno int)
void net_sysListen(void* r, const void* p) {
  auto* ps = static_cast<const int64_t*>(p);
  *static_cast<int64_t*>(r) = errnoOf(::listen(int(ps[0]), int(ps[1])));
}

// func sysAccept(fd int) (nfd int, errno int)
void net_sysAccept(void* r, const void* p) {
  auto* ps = static_cast<const FdParam*>(p);
  auto* res = static_cast<int64_t*>(r);
  int fd;
  do fd = ::accept4(int(ps->fd), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  res[0] = fd;
  res[1] = errnoOf(fd);
}

// func sysGetsockname(fd int, ip []byte) (n int, port int, errno int)
// func sysGetpeername(fd int, ip []byte) (n int, port int, errno int)
template <bool Peer>
void sysGetname(void* r, const void* p) {
  auto* ps = static_cast<const FdBufParams*>(p);
  auto* res = static_cast<int64_t*>(r);
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  int rc = Peer ? ::getpeername(int(ps->fd), reinterpret_cast<sockaddr*>(&ss), &len)
                : ::getsockname(int(ps->fd), reinterpret_cast<sockaddr*>(&ss), &len);
  if (rc < 0) {
    res[0] = res[1] = 0;
    res[2] = errno;
    return;
  }
  res[0] = readSockaddr(ss, ps->buf, &res[1]);
  res[2] = 0;
}

// func sysSoError(fd int) (errno int): the pending error of a connect.
void net_sysSoError(void* r, const void* p) {
  auto* ps = static_cast<const FdParam*>(p);
  int v = 0;
  socklen_t len = sizeof v;
  int rc = ::getsockopt(int(ps->fd), SOL_SOCKET, SO_ERROR, &v, &len);
  *static_cast<int64_t*>(r) = rc < 0 ? errno : v;
}

// func sysRead(fd int, p []byte) (n int, errno int)
void net_sysRead(void* r, const void* p) {
  auto* ps = static_cast<const FdBufParams*>(p);
  auto* res = static_cast<int64_t*>(r);
  ssize_t n;
  do n = ::read(int(ps->fd), ps->buf.ptr, size_t(ps->buf.len));
  while (n < 0 && errno == EINTR);
  res[0] = n;
  res[1] = n < 0 ? errno : 0;
}

// func sysWrite(fd int, p []byte) (n int, errno int)
void net_sysWrite(void* r, const void* p) {
  auto* ps = static_cast<const FdBufParams*>(p);
  auto* res = static_cast<int64_t*>(r);
  ssize_t n;
  do n = ::send(int(ps->fd), ps->buf.ptr, size_t(ps->buf.len), MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  res[0] = n;
  res[1] = n < 0 ? errno : 0;
}

// func sysClose(fd int) (errno int)
void net_sysClose(void* r, const void* p) {
  *static_cast<int64_t*>(r) = errnoOf(::close(int(static_cast<const FdParam*>(p)->fd)));
}

// func sysShutdown(fd, how int) (errno int)
void net_sysShutdown(void* r, const void* p) {
  auto* ps = static_cast<const int64_t*>(p);
  *static_cast<int64_t*>(r) = errnoOf(::shutdown(int(ps[0]), int(ps[1])));
}

// func sysLookupHost(host string, ips []byte) (n int, code int, msg string)
// Resolves host through getaddrinfo (/etc/hosts, then DNS, as nsswitch
// says): each address as 16 bytes (IPv4 in the IPv4-mapped form Go's IP
// uses), at most len(ips)/16. code: 0 found, 1 no such host, 2 another
// failure, described by msg (gai_strerror, as Go's cgo resolver).
void net_sysLookupHost(void* r, const void* p) {
  struct Params {
    GoString host;
    GoSlice ips;
  };
  struct Results {
    int64_t n;
    int64_t code;
    GoString msg;
  };
  auto* ps = static_cast<const Params*>(p);
  auto* res = static_cast<Results*>(r);
  std::string host(reinterpret_cast<const char*>(ps->host.ptr), size_t(ps->host.len));
  auto* out = static_cast<uint8_t*>(ps->ips.ptr);
  int64_t max = ps->ips.len / 16;
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_ADDRCONFIG;
  addrinfo* list = nullptr;
  entersyscall();
  int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &list);
  if (rc == EAI_BADFLAGS || (rc == EAI_NONAME && list == nullptr)) {
    // AI_ADDRCONFIG drops everything when only loopback is configured.
    hints.ai_flags = 0;
    rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &list);
  }
  exitsyscall();
  res->n = 0;
  res->code = 0;
  res->msg = GoString{};
  if (rc != 0) {
    if (rc == EAI_NONAME || rc == EAI_NODATA) {
      res->code = 1;
    } else {
      res->code = 2;
      res->msg = gostring(rc == EAI_SYSTEM ? std::strerror(errno) : gai_strerror(rc));
    }
    return;
  }
  for (addrinfo* ai = list; ai && res->n < max; ai = ai->ai_next) {
    uint8_t ip[16] = {};
    if (ai->ai_family == AF_INET) {
      ip[10] = ip[11] = 0xff;
      std::memcpy(ip + 12, &reinterpret_cast<sockaddr_in*>(ai->ai_addr)->sin_addr, 4);
    } else if (ai->ai_family == AF_INET6) {
      std::memcpy(ip, &reinterpret_cast<sockaddr_in6*>(ai->ai_addr)->sin6_addr, 16);
    } else {
      continue;
    }
    bool dup = false;
    for (int64_t i = 0; i < res->n; i++) dup |= std::memcmp(out + 16 * i, ip, 16) == 0;
    if (dup) continue;
    std::memcpy(out + 16 * res->n, ip, 16);
    res->n++;
  }
  freeaddrinfo(list);
  if (res->n == 0) res->code = 1;
}

void* fn(auto* f) { return reinterpret_cast<void*>(f); }

}  // namespace

// The table symbols.cpp appends to runtimeSymbols().
std::vector<SymbolEntry> netSymbols() {
  return {
      {"net.runtime_pollOpen$native", fn(&net_runtime_pollOpen), false},
      {"net.runtime_pollClose$native", fn(&net_runtime_pollClose), false},
      {"net.runtime_pollReset$native", fn(&net_runtime_pollReset), false},
      {"net.runtime_pollWait$native", fn(&net_runtime_pollWait), true},
      {"net.runtime_pollSetDeadline$native", fn(&net_runtime_pollSetDeadline), false},
      {"net.runtime_pollUnblock$native", fn(&net_runtime_pollUnblock), false},
      {"net.sysSocket$native", fn(&net_sysSocket), false},
      {"net.sysSetsockoptInt$native", fn(&net_sysSetsockoptInt), false},
      {"net.sysConnect$native", fn(&net_sysConnect), false},
      {"net.sysBind$native", fn(&net_sysBind), false},
      {"net.sysListen$native", fn(&net_sysListen), false},
      {"net.sysAccept$native", fn(&net_sysAccept), false},
      {"net.sysGetsockname$native", fn(&sysGetname<false>), false},
      {"net.sysGetpeername$native", fn(&sysGetname<true>), false},
      {"net.sysSoError$native", fn(&net_sysSoError), false},
      {"net.sysRead$native", fn(&net_sysRead), false},
      {"net.sysWrite$native", fn(&net_sysWrite), false},
      {"net.sysClose$native", fn(&net_sysClose), false},
      {"net.sysShutdown$native", fn(&net_sysShutdown), false},
      {"net.sysLookupHost$native", fn(&net_sysLookupHost), false},
  };
}

}  // namespace gorun::runtime
