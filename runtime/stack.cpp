// Goroutine stacks (Go's stack.go), for this milestone: one fixed stack.
//
// The main goroutine gets a 1 GB reservation (MAP_NORESERVE: pages commit
// as they are touched) with an inaccessible page at the bottom. The
// split-stack limit in %fs:0x70 sits StackGuard (64 KiB) above the bottom:
// JIT prologues call __morestack below it, and C++ runtime code called from
// JIT code (which has no prologue checks) runs in that 64 KiB.
//
// Invariant: %fs:0x70 holds getg()->stackguard0 whenever a goroutine runs
// on this thread. The next milestone starts stacks at 2 KiB and grows them
// by copying in newstack (see DESIGN.md); the reservation and this file's
// overflow report stay as the 1 GB limit.
#include "runtime/runtime2.h"

#include <sys/mman.h>

namespace gorun::runtime {

// The goroutine stack's reservation: Go's limit, rounded up to 1 GiB.
constexpr uintptr_t StackReserve = uintptr_t(1) << 30;
constexpr uintptr_t GuardPage = 4096;

// Allocates a goroutine stack: [lo, hi) usable, a PROT_NONE page below lo.
void stackalloc(G* gp) {
  void* p = mmap(nullptr, StackReserve, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (p == MAP_FAILED) throwError("runtime: cannot allocate goroutine stack");
  if (mprotect(p, GuardPage, PROT_NONE) != 0) throwError("runtime: cannot protect stack guard");
  gp->stacklo = reinterpret_cast<uintptr_t>(p) + GuardPage;
  gp->stackhi = reinterpret_cast<uintptr_t>(p) + StackReserve;
  gp->stackguard0 = gp->stacklo + StackGuard;
}

// Installs the split-stack limit that JIT prologues compare against.
void setStackGuard(uintptr_t guard) {
  asm volatile("movq %0, %%fs:0x70" : : "r"(guard) : "memory");
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

// Called by __morestack on the overflow stack. sp points at the two return
// addresses (into F's prologue, and F's into its caller C); fp is C's frame
// pointer. Prints Go's report of a stack overflow and exits 2.
extern "C" [[noreturn]] void gorun_morestackOverflow(uintptr_t sp, uintptr_t fp,
                                                     uintptr_t framesize) {
  (void)framesize;
  G* g = getg();
  printstring("runtime: goroutine stack exceeds ");
  printuint(MaxStack);
  printstring("-byte limit\n");
  printstring("runtime: sp=");
  printhex(sp);
  printstring(" stack=[");
  printhex(g ? g->stacklo : 0);
  printstring(", ");
  printhex(g ? g->stackhi : 0);
  printstring("]\n");
  printstring("fatal error: stack overflow\n\n");
  goroutineheader();
  auto* ret = reinterpret_cast<const uintptr_t*>(sp);
  // F, stopped in its prologue, then C and the chain above it.
  int printed = printFrames(ret[0], 0, true, false);
  printFrames(ret[1], fp, true, false, printed);
  exitProcess(2);
}
