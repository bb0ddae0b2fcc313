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

// Calls fn(arg), which calls Go code (JIT functions) from runtime code
// running on the M's g0 stack: fmt's String/Error/GoString methods
// (iface.cpp). A panic raised in that Go code, or in the runtime code it
// calls, runs the deferred calls made inside the callback (which may
// recover it) and no others; if none recovers it, the callback's frames
// are unwound back to here and the result is false, with the panic's
// value in *panicValue (nil for panic(nil)): Go's fmt.catchPanic.
// Returns true when fn returned normally. Off g0 or without a goroutine
// (the unit tests' host thread) it is a plain call, panics not caught.
bool callRecovering(void (*fn)(void*), void* arg, GoEface* panicValue);

// panic(v) raised by runtime code, on g0 or not: fmt's catchPanic
// re-panicking with the value of a panic whose printing panicked. On g0
// it moves to the goroutine stack (panic.cpp) or, inside a callback,
// stays there; fp is the raising entry's frame record, for the traceback
// of the fatal case.
[[noreturn]] void panicFromRuntime(GoEface v, void* fp);

// runtime.Goexit's first half: runs the goroutine's deferred calls,
// innermost first (recover returns nil in them: no panic is running).
// Precondition: on the goroutine stack with 16 KiB free.
void rundefersForGoexit();

// Whether v is the nil-dereference error (fatalpanic adds Go's signal line).
bool isMemoryError(const GoEface* v);

}  // namespace gorun::runtime
