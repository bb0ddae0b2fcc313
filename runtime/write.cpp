// Writes to the process's file descriptors, as Go's os.File.Write and the
// runtime's write1 do: straight to write(2), no user-space buffering, so
// that output is never lost when the program panics, throws or os.Exits.
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <cerrno>
#include <unistd.h>

namespace gorun::runtime {

// Loops over partial writes and EINTR. Other errors (EPIPE on a closed
// pipe, EBADF) drop the rest silently, as the runtime's own writes do.
//
// A write to anything but stderr may block (a pipe, a terminal): it runs
// between entersyscall and exitsyscall, so that sysmon can hand the P to
// another M meanwhile. Runtime messages to stderr do not (they are
// written while the scheduler's state may be inconsistent).
void writeAll(int fd, const void* p, size_t n) {
  auto* out = replTerminalWrite && (fd == 1 || fd == 2) ? replTerminalWrite : writeAllRaw;
  if (fd != 2) {
    entersyscall();
    out(fd, p, n);
    exitsyscall();
    return;
  }
  out(fd, p, n);
}

void (*replTerminalWrite)(int fd, const void* p, size_t n) = nullptr;

void writeAllRaw(int fd, const void* p, size_t n) {
  const char* b = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, b, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    b += w;
    n -= static_cast<size_t>(w);
  }
}

}  // namespace gorun::runtime
