// Defer, panic and recover (defer.cpp): the panic side the rest of the
// runtime uses.
#pragma once

#include "runtime/type.h"

#include <cstdint>
#include <string_view>

extern "C" {
// Makes 16 KiB of goroutine stack free below the caller (defer_amd64.S).
void gorun_growstack16k();
// --- The JIT's entry points (runtime.X).
int64_t gorun_deferframe();
void gorun_deferproc(int64_t frame, void* fn, int64_t wrapped);
void* gorun_deferpop(int64_t frame);
int64_t gorun_deferlanding(void* exn, int64_t frame);
void gorun_gorecover(void* fp, gorun::runtime::GoEface* out);
[[noreturn]] void gorun_panicnilmap();
}

namespace gorun::runtime {

// Starts panicking with value v on the current goroutine stack: runs the
// deferred calls; returns only by unwinding to a recovering frame.
// Precondition: on the goroutine stack with 16 KiB free (gorun_growstack16k).
[[noreturn]] void gopanic(GoEface v);

// A runtime error as a runtime.Error value: Runtime prefixes "runtime
// error: " (errorString), Bounds too (boundsError), Plain does not
// (plainError: "assignment to entry in nil map"), nor does TypeAssertion
// (*TypeAssertionError: "interface conversion: ...").
enum class ErrorKind { Runtime, Bounds, Plain, TypeAssertion };
[[noreturn]] void panicError(ErrorKind kind, std::string_view msg);

// The value panicError(kind, msg + detail) panics with, in the collected
// heap. Usable on g0 (panic.cpp builds it there).
GoEface runtimeErrorValue(ErrorKind kind, std::string_view msg, std::string_view detail);

// panicRuntimeError(msg + t's name), e.g. "hash of unhashable type []int",
// without a C++ string at the call site: a panic raised on g0 abandons
// the frames below it (panic.cpp), so they must own nothing.
[[noreturn]] void panicRuntimeErrorType(std::string_view msg, const GoType* t, void* fp);

// runtime.Goexit's first half: runs the goroutine's deferred calls,
// innermost first (recover returns nil in them: no panic is running).
// Precondition: on the goroutine stack with 16 KiB free.
void rundefersForGoexit();

// Whether v is the nil-dereference error (fatalpanic adds Go's signal line).
bool isMemoryError(const GoEface* v);

}  // namespace gorun::runtime
