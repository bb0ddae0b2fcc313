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
// retireLibrary. When no code of the library will run again (gorun has
// compiled the whole program, and the process ends with _exit: no static
// destructor runs), its relocated pages go too: 5.5 MB of libLLVM's
// RELRO, the largest part of a running program's memory besides its heap,
// and the .bss its static constructors wrote (0.6 MB; libz3's, loaded
// for libLLVM and never called, 0.3 MB more). Of the writable segment,
// only the whole pages past the file's end are .bss alone.
// The dropped pages become inaccessible, so that LLVM code run after all
// faults at its first virtual call (the signal handler reports a fatal
// error) instead of reading relocations that are no longer there. Two
// parts of RELRO stay: .dynamic, which the dynamic linker reads (relocated
// in place) for every symbol lookup, lazy binding of libc's own calls
// included; and the TLS image, which every new thread copies.
//
// None of these changes what a program computes; where the kernel refuses,
// the pages stay as they were.
#include "runtime/abi.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <link.h>
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

void retireLibrary(const char* name) {
  struct Range {
    uintptr_t lo = 0, hi = 0;  // page-aligned
  };
  struct Segments {
    const char* name;
    Range relro;
    Range bss;                  // past the file's end of the writable segment
    std::array<Range, 2> keep;  // .dynamic, and the TLS image new threads copy
  } seg{name, {}, {}, {}};
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* arg) {
        auto* sg = static_cast<Segments*>(arg);
        if (!info->dlpi_name || !std::strstr(info->dlpi_name, sg->name)) return 0;
        auto pages = [&](const ElfW(Phdr)& ph, uintptr_t size) {
          uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
          return Range{lo & ~uintptr_t(4095), (lo + size + 4095) & ~uintptr_t(4095)};
        };
        for (int i = 0; i < info->dlpi_phnum; i++) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type == PT_GNU_RELRO) sg->relro = pages(ph, ph.p_memsz);
          if (ph.p_type == PT_DYNAMIC) sg->keep[0] = pages(ph, ph.p_memsz);
          if (ph.p_type == PT_TLS && ph.p_filesz > 0) sg->keep[1] = pages(ph, ph.p_filesz);
          if (ph.p_type == PT_LOAD && (ph.p_flags & PF_W) && ph.p_memsz > ph.p_filesz) {
            Range file = pages(ph, ph.p_filesz), all = pages(ph, ph.p_memsz);
            sg->bss = {file.hi, all.hi};
          }
        }
        return 1;
      },
      &seg);
  auto retire = [](uintptr_t lo, uintptr_t hi) {
    if (lo < hi && madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_DONTNEED) == 0)
      mprotect(reinterpret_cast<void*>(lo), hi - lo, PROT_NONE);
  };
  // RELRO minus the kept ranges, in address order.
  std::sort(seg.keep.begin(), seg.keep.end(), [](Range a, Range b) { return a.lo < b.lo; });
  uintptr_t lo = seg.relro.lo;
  for (Range k : seg.keep) {
    if (k.hi == 0) continue;
    retire(lo, std::min(k.lo, seg.relro.hi));
    lo = std::max(lo, k.hi);
  }
  retire(lo, seg.relro.hi);
  retire(seg.bss.lo, seg.bss.hi);
}

}  // namespace gorun::runtime
