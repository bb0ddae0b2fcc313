// The runtime's internal declarations: the goroutine structure, the
// low-level output used by print, panics and throws, and the failure paths.
//
// This milestone runs exactly one goroutine (the main one) on one thread,
// so there is no scheduler yet; G carries what the stack, the panic paths
// and the traceback need, under Go's names. M and P arrive with the
// scheduler.
#pragma once

#include "runtime/type.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gorun::runtime {

// A goroutine. Field ownership: every field is written only by the thread
// running the goroutine (there is one, for now).
struct G {
  uintptr_t stacklo = 0;      // lowest usable address of the stack
  uintptr_t stackhi = 0;      // one past the highest address
  uintptr_t stackguard0 = 0;  // stacklo + StackGuard: the value in %fs:0x70
  int64_t goid = 0;
};

// The goroutine running on this thread, or null while the runtime itself
// runs (before start(), or on the signal/overflow stacks).
G* getg();

// How far above the real bottom of a goroutine stack the split-stack limit
// sits. Go uses 928 bytes; ours is larger because C++ runtime code (fmt,
// the panic printers) still runs on goroutine stacks without prologue
// checks. See HACKING.md.
inline constexpr uintptr_t StackGuard = 64 << 10;
// The largest goroutine stack, as Go's maxstacksize on 64-bit.
inline constexpr uintptr_t MaxStack = 1000000000;

// --- Output (write.cpp). Every write goes straight to write(2): nothing is
// buffered in the runtime, so stdout is complete before a panic prints.
void writeAll(int fd, const void* p, size_t n);
inline void gwrite(std::string_view s) { writeAll(2, s.data(), s.size()); }

// --- Runtime print (print.cpp): the builtin print's formats, to stderr.
void printstring(std::string_view s);
void printint(int64_t v);
void printuint(uint64_t v);
void printhex(uint64_t v);
void printfloat(double v);
void printbool(bool v);
void printpointer(const void* p);

// --- Failure (panic.cpp).
// A broken runtime invariant: prints "fatal error: msg", the goroutine
// header and traceback, and exits with status 2. Never recovered.
[[noreturn]] void throwError(std::string_view msg);
// A Go runtime error (a runtime.Error): "panic: runtime error: msg", with
// a traceback starting at the frame `fp` (a JIT frame pointer chain, as
// __builtin_frame_address(0) in the runtime function the JIT called).
[[noreturn]] void panicRuntimeError(std::string_view msg, void* fp);
// Prints "panic: " + the panic value as Go's printpanicval does.
void printpanicval(const GoEface* v);
// Terminates the process after a panic or throw: status 2.
[[noreturn]] void exitProcess(int code);

// --- Tracebacks (traceback.cpp).
// Prints "goroutine N [running]:" and the frames reached from (pc, fp):
// pc is a return address into the innermost frame, fp that frame's frame
// pointer (whose slot holds the caller's frame pointer and, above it, the
// return address into the caller).
void tracebackFrom(uintptr_t pc, uintptr_t fp);
// The same, starting from the frame record a runtime function's frame
// pointer points at: [fp] = JIT caller's rbp, [fp+8] = return address.
void tracebackFromRuntimeFrame(void* fp);
// "goroutine N [running]:\n".
void goroutineheader();
// The frames alone (no header). innermostIsCall: pc is a return address
// rather than a faulting instruction. fromSignal: called in a signal
// handler (never blocks on the function table's lock).
// Returns the number of frames printed in all, counting `printed` frames
// that an earlier call for the same goroutine already printed.
int printFrames(uintptr_t pc, uintptr_t fp, bool innermostIsCall, bool fromSignal,
                int printed = 0);

// --- Stacks (stack.cpp).
// Reserves a goroutine stack and sets gp's bounds and stackguard0.
void stackalloc(G* gp);
// Writes the split-stack limit (%fs:0x70) of this thread.
void setStackGuard(uintptr_t guard);

// --- Signals (signal_unix.cpp).
void initsig();

}  // namespace gorun::runtime
