// package os's natives: the process arguments, exit, pid, and the file
// system calls os makes itself (in Go they are package syscall's; here
// they live with os, their only user). The system calls return the raw
// errno (0 on success), which the Go side makes a syscall.Errno.
#include "runtime/abi.h"
#include "runtime/natives.h"
#include "runtime/runtime2.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace gorun::runtime {

namespace {

// The path as a C string; false when it contains a NUL (Go's
// BytePtrFromString then fails with EINVAL).
bool cpath(const GoString& s, std::string* out) {
  if (s.len && std::memchr(s.ptr, 0, static_cast<size_t>(s.len))) return false;
  out->assign(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
  return true;
}

// A path system call returning 0 or -1 with errno, retried on EINTR as
// Go's ignoringEINTR does: the errno, or 0.
template <typename Call>
int64_t pathCall(const GoString& name, Call call) {
  std::string path;
  if (!cpath(name, &path)) return EINVAL;
  int rc;
  do rc = call(path.c_str());
  while (rc < 0 && errno == EINTR);
  return rc < 0 ? errno : 0;
}

}  // namespace

// func runtime_args() []string
void os_runtime_args(void* r, const void*) {
  const auto& args = goargs();
  auto* elems = static_cast<GoString*>(gorun_mallocgc(args.size() * sizeof(GoString), nullptr));
  for (size_t i = 0; i < args.size(); i++) elems[i] = gostring(args[i]);
  auto n = static_cast<int64_t>(args.size());
  *static_cast<GoSlice*>(r) = GoSlice{elems, n, n};
}

// func Exit(code int). Deferred functions are not run; nothing is
// buffered, so nothing needs flushing.
void os_Exit(void*, const void* p) {
  exitProcess(static_cast<int>(*static_cast<const int64_t*>(p)));
}

// func Getpid() int
void os_Getpid(void* r, const void*) { *static_cast<int64_t*>(r) = ::getpid(); }

// func unlink(name string) (errno int)
void os_unlink(void* r, const void* p) {
  *static_cast<int64_t*>(r) = pathCall(*static_cast<const GoString*>(p), ::unlink);
}

// func rmdir(name string) (errno int)
void os_rmdir(void* r, const void* p) {
  *static_cast<int64_t*>(r) = pathCall(*static_cast<const GoString*>(p), ::rmdir);
}

// func stat(name string, follow bool) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)
void os_stat(void* r, const void* p) {
  struct Params {
    GoString name;
    bool follow;
  };
  struct Results {
    int64_t size;
    uint32_t mode;
    int64_t mtimeSec, mtimeNsec;
    int64_t errno_;
  };
  const auto* ps = static_cast<const Params*>(p);
  auto* res = static_cast<Results*>(r);
  struct stat st{};
  res->errno_ = pathCall(ps->name, [&](const char* path) {
    return ps->follow ? ::stat(path, &st) : ::lstat(path, &st);
  });
  res->size = st.st_size;
  res->mode = st.st_mode;
  res->mtimeSec = st.st_mtim.tv_sec;
  res->mtimeNsec = st.st_mtim.tv_nsec;
}

}  // namespace gorun::runtime
