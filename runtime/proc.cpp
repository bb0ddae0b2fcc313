// Starting the program (Go's proc.go: runtime.main), for this milestone's
// single goroutine.
//
// start() runs on the host's main thread and stack. It installs the signal
// handlers, allocates the main goroutine's stack, installs its split-stack
// limit, and switches to it (gorun_gogo); goroutine 1 then runs the JIT's
// entry (package initialisation, then main.main) and exits the process
// when it returns, as Go's runtime.main does. The host stack is never
// returned to.
#include "runtime/abi.h"
#include "runtime/runtime2.h"

#include <cstdio>

extern "C" [[noreturn]] void gorun_gogo(uintptr_t sp, void (*fn)(void*), void* arg);

namespace gorun::runtime {
namespace {

G mainG;
G* curg = nullptr;

// os.Args, as given to start(). Read by os.runtime_args.
std::vector<std::string>* progArgs;

struct MainArgs {
  GoEntry entry;
};

[[noreturn]] void runtimeMain(void* arg) {
  GoEntry entry = static_cast<MainArgs*>(arg)->entry;
  entry(nullptr);
  exitProcess(0);
}

}  // namespace

G* getg() { return curg; }

const std::vector<std::string>& goargs() {
  static const std::vector<std::string> none;
  return progArgs ? *progArgs : none;
}

void start(GoEntry entry, std::vector<std::string> args) {
  progArgs = new std::vector<std::string>(std::move(args));
  std::fflush(nullptr);
  initsig();
  stackalloc(&mainG);
  mainG.goid = 1;
  curg = &mainG;
  setStackGuard(mainG.stackguard0);
  static MainArgs mainArgs;
  mainArgs.entry = entry;
  gorun_gogo(mainG.stackhi, runtimeMain, &mainArgs);
}

}  // namespace gorun::runtime
