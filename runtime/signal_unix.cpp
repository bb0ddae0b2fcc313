// Synchronous signals (Go's signal_unix.go: sighandler, sigpanic).
//
// SIGSEGV, SIGBUS and SIGFPE are caught on an alternate signal stack, so a
// fault never shows as a bare "Segmentation fault", not even one caused by
// running off a stack:
//   - in JIT code, a fault at an address below 4096 is a nil dereference
//     and an integer-divide SIGFPE a division by zero: reported as the Go
//     panic Go would raise there (sigpanic), with the signal line;
//   - anywhere else it is a runtime bug: Go's "fatal error: unexpected
//     signal during runtime execution".
// Both print the goroutine's traceback from the faulting pc and rbp and
// exit 2. The handler uses only write(2) and reads that never block.
// SIGQUIT prints every goroutine, as Go does.
#include "runtime/runtime2.h"
#include "runtime/sched.h"
#include "runtime/symtab.h"

#include <csignal>
#include <cstdlib>
#include <dlfcn.h>
#include <ucontext.h>
#include <unistd.h>

namespace gorun::runtime {
namespace {

const char* signame(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    default: return nullptr;
  }
}

void printSignalLine(int sig, const siginfo_t* info, uintptr_t pc) {
  printstring("[signal ");
  if (const char* name = signame(sig)) {
    printstring(name);
  } else {
    printhex(static_cast<uint64_t>(sig));
  }
  printstring(" code=");
  printhex(static_cast<uint64_t>(static_cast<uint32_t>(info->si_code)));
  printstring(" addr=");
  printhex(reinterpret_cast<uintptr_t>(info->si_addr));
  printstring(" pc=");
  printhex(pc);
  printstring("]\n");
}

// A fault outside JIT code is our bug; name the pc as module+offset so that
// `addr2line -e <module> <offset>` finds the line. dladdr is not
// async-signal-safe, but the process is about to exit and nothing else
// would tell us where the runtime broke.
void printRuntimePC(uintptr_t pc) {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(pc), &info) == 0 || info.dli_fname == nullptr) return;
  printstring("runtime pc: ");
  printstring(info.dli_fname);
  printstring("+");
  printhex(pc - reinterpret_cast<uintptr_t>(info.dli_fbase));
  if (info.dli_sname != nullptr) {
    printstring(" (");
    printstring(info.dli_sname);
    printstring(")");
  }
  printstring("\n");
}

void sighandler(int sig, siginfo_t* info, void* ctx) {
  auto* uc = static_cast<ucontext_t*>(ctx);
  auto pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
  auto fp = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RBP]);
  const bool inGo = findfunc(pc, true) != nullptr;
  const auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  if (inGo && (sig == SIGSEGV || sig == SIGBUS) && addr < 0x1000) {
    printstring("panic: runtime error: invalid memory address or nil pointer dereference\n");
  } else if (inGo && sig == SIGFPE && info->si_code == FPE_INTDIV) {
    printstring("panic: runtime error: integer divide by zero\n");
  } else {
    printstring("fatal error: unexpected signal during runtime execution\n");
  }
  printSignalLine(sig, info, pc);
  if (!inGo) printRuntimePC(pc);
  printstring("\n");
  goroutineheader();
  printFrames(pc, fp, false, true);
  _exit(2);
}

// SIGQUIT (Go's dump on ^\, and what the conformance runner sends to a
// program that hangs): every goroutine's stack and the scheduler's and
// collector's state, then exit 2. Reads shared state without locks: the
// process is about to die and a consistent snapshot would need the world
// stopped, which is what may be stuck.
void sigquit(int, siginfo_t*, void*) {
  printstring("SIGQUIT: quit\n");
  printstring("sched: gcwaiting=");
  printint(sched.gcwaiting.load() ? 1 : 0);
  printstring(" stopwait=");
  printint(sched.stopwait);
  printstring(" npidle=");
  printint(sched.npidle.load());
  printstring(" nmspinning=");
  printint(sched.nmspinning.load());
  printstring(" nmidle=");
  printint(sched.nmidle);
  printstring(" runqsize=");
  printint(sched.runqsize.load());
  printstring("\nP:");
  // Every P ever made (retired ones too): status/local run queue length,
  // and m when an M holds it.
  for (int32_t i = 0; allp && i < 256 && allp[i]; i++) {
    printstring(i == gomaxprocs.load() ? " | " : " ");
    printint(allp[i]->status.load());
    printstring("/");
    printint(runqlen(allp[i]));
    if (allp[i]->m) printstring("/m");
  }
  gcDebugState();
  printstring("\n");
  for (G* gp = allgsHead(); gp; gp = gp->alllink) {
    if (gp->atomicstatus == _Gdead) continue;
    printstring("\n");
    tracebackG(gp);
  }
  _exit(2);
}

}  // namespace

// Every M handles its own faults on its own alternate stack.
void minitSignalStack() {
  constexpr size_t altSize = 64 << 10;
  stack_t ss{};
  ss.ss_sp = std::malloc(altSize);  // runtime memory, never Go-visible
  ss.ss_size = altSize;
  ss.ss_flags = 0;
  if (ss.ss_sp == nullptr || sigaltstack(&ss, nullptr) != 0)
    throwError("runtime: cannot install signal stack");
}

void initsig() {
  static bool done = false;
  if (done) return;
  done = true;
  minitSignalStack();
  struct sigaction sa {};
  sa.sa_sigaction = sighandler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE}) sigaction(sig, &sa, nullptr);
  sa.sa_sigaction = sigquit;
  sigaction(SIGQUIT, &sa, nullptr);
}

}  // namespace gorun::runtime
