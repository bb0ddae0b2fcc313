// Natives of package syscall (stdlib/syscall/syscall.go): the file and
// environment system calls os needs. Each returns the raw errno (0 on
// success); the Go side makes it a syscall.Errno.
//
// read and write block the calling thread. Until the scheduler has
// entersyscall/exitsyscall around natives, a goroutine blocked here holds
// its P.
#include "runtime/abi.h"
#include "runtime/natives.h"
#include "runtime/runtime2.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace gorun::runtime {

namespace {

std::string cstring(const GoString& s) {
  return std::string(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
}

// A Go string containing NUL cannot name a file or variable: Go's
// BytePtrFromString fails with EINVAL.
bool hasNul(const GoString& s) { return s.len && std::memchr(s.ptr, 0, s.len); }

}  // namespace

// func open(path string, mode int, perm uint32) (fd int, errno int)
void syscall_open(void* r, const void* p) {
  struct Params {
    GoString path;
    int64_t mode;
    uint32_t perm;
  };
  const auto* ps = static_cast<const Params*>(p);
  auto* res = static_cast<int64_t*>(r);
  if (hasNul(ps->path)) {
    res[0] = -1, res[1] = EINVAL;
    return;
  }
  std::string path = cstring(ps->path);
  int fd;
  do fd = ::open(path.c_str(), static_cast<int>(ps->mode), static_cast<mode_t>(ps->perm));
  while (fd < 0 && errno == EINTR);
  res[0] = fd;
  res[1] = fd < 0 ? errno : 0;
}

// func read(fd int, p []byte) (n int, errno int)
void syscall_read(void* r, const void* p) {
  struct Params {
    int64_t fd;
    GoSlice buf;
  };
  const auto* ps = static_cast<const Params*>(p);
  auto* res = static_cast<int64_t*>(r);
  ssize_t n;
  do n = ::read(static_cast<int>(ps->fd), ps->buf.ptr, static_cast<size_t>(ps->buf.len));
  while (n < 0 && errno == EINTR);
  res[0] = n;
  res[1] = n < 0 ? errno : 0;
}

// func write(fd int, p []byte) (n int, errno int)
void syscall_write(void* r, const void* p) {
  struct Params {
    int64_t fd;
    GoSlice buf;
  };
  const auto* ps = static_cast<const Params*>(p);
  auto* res = static_cast<int64_t*>(r);
  if (replTerminalWrite && (ps->fd == 1 || ps->fd == 2)) {  // writeAll's hook, runtime2.h
    replTerminalWrite(static_cast<int>(ps->fd), ps->buf.ptr, static_cast<size_t>(ps->buf.len));
    res[0] = ps->buf.len;
    res[1] = 0;
    return;
  }
  ssize_t n;
  do n = ::write(static_cast<int>(ps->fd), ps->buf.ptr, static_cast<size_t>(ps->buf.len));
  while (n < 0 && errno == EINTR);
  res[0] = n;
  res[1] = n < 0 ? errno : 0;
}

// func closeFd(fd int) (errno int)
void syscall_closeFd(void* r, const void* p) {
  int rc = ::close(static_cast<int>(*static_cast<const int64_t*>(p)));
  *static_cast<int64_t*>(r) = rc < 0 && errno != EINTR ? errno : 0;
}

// func getenv(key string) (value string, found bool)
void syscall_getenv(void* r, const void* p) {
  struct Results {
    GoString value;
    bool found;
  };
  const auto* key = static_cast<const GoString*>(p);
  auto* res = static_cast<Results*>(r);
  const char* v = hasNul(*key) ? nullptr : std::getenv(cstring(*key).c_str());
  res->value = v ? gostring(v) : GoString{nullptr, 0};
  res->found = v != nullptr;
}

// func setenv(key, value string) (errno int)
void syscall_setenv(void* r, const void* p) {
  const auto* kv = static_cast<const GoString*>(p);
  int64_t e = 0;
  if (kv[0].len == 0 || hasNul(kv[0]) || hasNul(kv[1]) ||
      std::memchr(kv[0].ptr, '=', kv[0].len)) {
    e = EINVAL;
  } else if (::setenv(cstring(kv[0]).c_str(), cstring(kv[1]).c_str(), 1) != 0) {
    e = errno;
  }
  *static_cast<int64_t*>(r) = e;
}

// func unsetenv(key string) (errno int)
void syscall_unsetenv(void* r, const void* p) {
  const auto* key = static_cast<const GoString*>(p);
  int64_t e = 0;
  if (::unsetenv(cstring(*key).c_str()) != 0) e = errno;
  *static_cast<int64_t*>(r) = e;
}

}  // namespace gorun::runtime
