// Tracebacks by walking the frame-pointer chain (Go's traceback.go).
//
// JIT code is compiled with "frame-pointer"="all", so every JIT frame
// starts with the record {saved rbp, return address} that rbp points at.
// From a frame pointer fp, the caller's pc is fp[1] and its frame pointer
// fp[0]. The chain ends at 0: the goroutine's entry is called with rbp
// cleared (asm_amd64.S).
//
// Runtime C++ code may omit frame pointers, so a frame of unknown code is
// skipped rather than trusted, and the walk stops at the first frame
// pointer that is outside the goroutine's stack or does not move up it,
// so a garbage chain ends the walk instead of faulting.
//
// Functions named runtime.* are hidden, as Go hides its runtime frames
// unless GOTRACEBACK=system, and so are the JIT's own synthetic functions
// (gorun.*, such as the program entry that runs the initialisers and then
// main.main), which have no Go counterpart. At most 100 frames are printed, then
// "...additional frames elided...", as Go's _TracebackMaxFrames.
#include "runtime/runtime2.h"
#include "runtime/symtab.h"

namespace gorun::runtime {
namespace {

constexpr int TracebackMaxFrames = 100;

// The G whose stack a walk is on: getg(), or a parked G (tracebackG).
G* tracebackTarget = nullptr;

bool validFramePointer(uintptr_t fp, uintptr_t prev) {
  G* g = tracebackTarget ? tracebackTarget : getg();
  if (g == nullptr || fp == 0 || (fp & 7) != 0) return false;
  if (fp < g->stacklo || fp + 16 > g->stackhi) return false;
  return fp > prev;
}

// Prints one frame if pc is in a known, shown function. `call` says pc is
// a return address (the line is that of the call, pc-1). Returns whether a
// frame was printed.
bool printFrame(uintptr_t pc, bool call, bool fromSignal) {
  const FuncInfo* f = findfunc(call ? pc - 1 : pc, fromSignal);
  if (f == nullptr) return false;
  if (f->name.rfind("runtime.", 0) == 0 || f->name.rfind("gorun.", 0) == 0) return false;
  printstring(f->name);
  printstring(f->hasParams ? "(...)\n\t" : "()\n\t");
  printstring(f->file.empty() ? std::string_view("?") : std::string_view(f->file));
  printstring(":");
  printint(funcline(*f, call ? pc - 1 : pc));
  printstring(" +");
  printhex(pc - f->start);
  printstring("\n");
  return true;
}

}  // namespace

// Prints the frames from the innermost (pc, in the frame whose frame
// pointer is fp) outwards. innermostIsCall: pc is a return address rather
// than a faulting instruction.
int printFrames(uintptr_t pc, uintptr_t fp, bool innermostIsCall, bool fromSignal,
                int printed) {
  int n = printed;
  bool call = innermostIsCall;
  uintptr_t prev = 0;
  for (;;) {
    if (n < TracebackMaxFrames && printFrame(pc, call, fromSignal) && ++n == TracebackMaxFrames) {
      // Go prints the marker only when frames remain.
      if (validFramePointer(fp, prev)) printstring("...additional frames elided...\n");
      return n;
    }
    if (!validFramePointer(fp, prev)) return n;
    auto* rec = reinterpret_cast<const uintptr_t*>(fp);
    pc = rec[1];
    prev = fp;
    fp = rec[0];
    call = true;
  }
}

void goroutineheader() {
  G* g = getg();
  printstring("goroutine ");
  printint(g ? g->goid : 1);
  printstring(" [running]:\n");
}

// Go's "created by main.main" line after a goroutine's frames.
void printCreatedBy(G* g) {
  if (!g || g->gopc == 0) return;
  const FuncInfo* f = findfunc(g->gopc - 1, false);
  if (!f) return;
  printstring("created by ");
  printstring(f->name);
  printstring("\n\t");
  printstring(f->file.empty() ? std::string_view("?") : std::string_view(f->file));
  printstring(":");
  printint(funcline(*f, g->gopc - 1));
  printstring(" +");
  printhex(g->gopc - f->start);
  printstring("\n");
}

// A parked G: its header with the wait reason, then the frames from its
// saved context (it is suspended inside gorun_mcall, called from runtime
// C++ code that keeps frame pointers, called from JIT code).
void tracebackG(G* gp) {
  printstring("goroutine ");
  printint(gp->goid);
  printstring(" [");
  uint32_t st = gp->atomicstatus;
  printstring(st == _Grunning ? "running" : st == _Grunnable ? "runnable"
                                                               : waitReasonString(gp->waitreason));
  printstring("]:\n");
  tracebackTarget = gp;
  printFrames(gp->sched.pc, gp->sched.rbp, true, false);
  printCreatedBy(gp);
  tracebackTarget = nullptr;
}

void tracebackFrom(uintptr_t pc, uintptr_t fp) {
  goroutineheader();
  printFrames(pc, fp, true, false);
  printCreatedBy(getg());
}

void tracebackFromRuntimeFrame(void* fp) {
  auto* rec = static_cast<const uintptr_t*>(fp);
  tracebackFrom(rec[1], rec[0]);
}

}  // namespace gorun::runtime
