// The table of JIT-compiled functions, for tracebacks (Go's symtab.go:
// findfunc, funcline). Filled by the JIT through registerFunc.
#pragma once

#include "runtime/abi.h"

#include <cstdint>

namespace gorun::runtime {

// The function whose code contains pc, or null. Takes the table's lock
// with try_lock when `fromSignal`, so a signal arriving during a
// registration never deadlocks (it then finds nothing).
//
// The returned pointer stays valid until the function is unregistered; the
// runtime only reads it while printing a traceback, when no registration
// can run.
const FuncInfo* findfunc(uintptr_t pc, bool fromSignal = false);

// The source line of pc within f (a return address minus one, or a faulting
// pc), or 0 when unknown.
int32_t funcline(const FuncInfo& f, uintptr_t pc);

}  // namespace gorun::runtime
