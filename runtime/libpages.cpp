// The resident pages of a large shared library: libLLVM, 125 MB, which a
// gorun process needs only while it compiles.
//
// mapLibraryByPage. Compiling even hello world runs LLVM code scattered
// all over the library, and Linux maps file pages "around" each read
// fault (16 pages, fault_around_bytes): 14 MB of resident text for hello
// world, where 6.5 MB were touched. Fault-around is skipped for a mapping
// registered with a userfaultfd (uffd_disable_fault_around), and with
// UFFD_FEATURE_WP_ASYNC a write-protect registration may cover any
// memory, file mappings included (Linux 6.7). The registration protects
// nothing by itself (nothing is ever armed: these mappings are read-only),
// so its only effect is that each page is mapped when touched. The fault
// count grows; start-up time did not measurably.
//
// releaseLibraryPages. Once the program is compiled, the library's pages
// are dropped from the process (MADV_DONTNEED): they stay in the page
// cache and fault back in if LLVM runs again. Only mappings without
// private copies qualify: the dynamic loader writes relocations into the
// RELRO part before making it read-only, and DONTNEED would throw those
// writes away (smaps' Anonymous says which). MADV_PAGEOUT would be safe
// for them too, but it evicts clean pages from the page cache, and the
// next gorun would read them from disk.
//
// Neither changes what a program computes; where the kernel refuses, the
// pages stay as they were.
#include "runtime/abi.h"

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace gorun::runtime {

namespace {

constexpr uint64_t UffdFeatureWPAsync = 1 << 15;  // Linux 6.7 uapi

// Calls fn(lo, hi, anonymousKB) for each read-only mapping of a file whose
// path contains `name`.
template <typename F>
void forEachReadOnlyMapping(const char* name, F fn) {
  FILE* smaps = std::fopen("/proc/self/smaps", "re");
  if (smaps == nullptr) return;
  char line[512];
  unsigned long lo = 0, hi = 0;
  bool match = false;
  while (std::fgets(line, sizeof line, smaps)) {
    unsigned long a, b;
    char perms[8];
    if (std::sscanf(line, "%lx-%lx %7s", &a, &b, perms) == 3) {
      lo = a, hi = b;
      match = perms[1] == '-' && std::strstr(line, name) != nullptr;
      continue;
    }
    unsigned long anonKB;
    // "Anonymous:" follows the mapping's other counters: one call each.
    if (match && std::sscanf(line, "Anonymous: %lu kB", &anonKB) == 1) {
      fn(lo, hi, anonKB);
      match = false;
    }
  }
  std::fclose(smaps);
}

}  // namespace

void mapLibraryByPage(const char* name) {
  int fd = -1;
  forEachReadOnlyMapping(name, [&](unsigned long lo, unsigned long hi, unsigned long) {
    if (fd == -2) return;
    if (fd < 0) {
      fd = int(syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY));
      uffdio_api api{};
      api.api = UFFD_API;
      api.features = UffdFeatureWPAsync;
      if (fd < 0 || ioctl(fd, UFFDIO_API, &api) != 0) {
        if (fd >= 0) close(fd);
        fd = -2;
        return;
      }
    }
    uffdio_register reg{};
    reg.range.start = lo;
    reg.range.len = hi - lo;
    reg.mode = UFFDIO_REGISTER_MODE_WP;
    ioctl(fd, UFFDIO_REGISTER, &reg);
  });
  // The descriptor stays open: the registrations last as long as it does.
}

void releaseLibraryPages(const char* name) {
  forEachReadOnlyMapping(name, [](unsigned long lo, unsigned long hi, unsigned long anonKB) {
    if (anonKB == 0) madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_DONTNEED);
  });
}

}  // namespace gorun::runtime
