// package os's natives: the process arguments and exit.
#include "runtime/abi.h"
#include "runtime/natives.h"
#include "runtime/runtime2.h"

namespace gorun::runtime {

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

}  // namespace gorun::runtime
