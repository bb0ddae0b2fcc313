// Panics and fatal errors (Go's panic.go).
//
// Two tiers, as in Go:
//   - A Go panic (a runtime error the JIT code detected, or panic(v)) is the
//     program's error: the entry points below make a runtime.Error value
//     and start panicking (defer.cpp: deferred calls run, recover may stop
//     it; unrecovered, fatalpanic prints "panic: ..." and the traceback and
//     exits 2). They are bound directly (symbols.cpp), not through the g0
//     stub: they first make 16 KiB of room on the goroutine stack. A panic
//     raised by runtime code running on g0 (hashing an unhashable map key,
//     makeslice, comparing uncomparable interfaces) cannot run deferred
//     calls there yet: it prints and exits as before (panicOnG0), so it
//     is not recoverable.
//   - A throw is a broken invariant of the runtime or an unrecoverable
//     condition (stack overflow, out of memory): "fatal error: ...", the
//     traceback, exit 2. Never recoverable.
//
// All output goes to stderr unbuffered. Stdout is already complete: nothing
// is ever buffered in user space (write.cpp), so a panic cannot lose output.
#include "runtime/abi.h"
#include "runtime/defer.h"
#include "runtime/runtime2.h"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace gorun::runtime {

[[noreturn]] void exitProcess(int code) {
  // Host-side stdio (the driver's diagnostics) may hold buffered output;
  // the Go program's own output never is.
  std::fflush(nullptr);
  _exit(code);
}

void (*replPanicHook)() = nullptr;

[[noreturn]] void panicExit() {
  if (replPanicHook) replPanicHook();  // returns only when it cannot help
  exitProcess(2);
}

namespace {

bool onGoroutineStack() {
  G* gp = getg();
  auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return gp && sp >= gp->stacklo && sp < gp->stackhi;
}

// The pre-defer behaviour, for panics raised on g0: print and exit.
[[noreturn]] void panicOnG0(std::string_view prefix, std::string_view msg, void* fp) {
  printstring("panic: ");
  printstring(prefix);
  printstring(msg);
  printstring("\n");
  if (msg == "invalid memory address or nil pointer dereference")
    printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  printstring("\n");
  tracebackFromRuntimeFrame(fp);
  panicExit();
}

[[noreturn]] void raise(ErrorKind kind, std::string_view msg, void* fp) {
  if (!onGoroutineStack())
    panicOnG0(kind == ErrorKind::Plain ? "" : "runtime error: ", msg, fp);
  panicError(kind, msg);
}

}  // namespace

[[noreturn]] void panicRuntimeError(std::string_view msg, void* fp) {
  raise(ErrorKind::Runtime, msg, fp);
}

[[noreturn]] void panicPlainError(std::string_view msg, void* fp) {
  raise(ErrorKind::Plain, msg, fp);
}

[[noreturn]] void throwError(std::string_view msg) {
  void* fp = __builtin_frame_address(0);
  printstring("fatal error: ");
  printstring(msg);
  printstring("\n\n");
  tracebackFromRuntimeFrame(fp);
  exitProcess(2);
}

namespace {

// boundsError.Error: "index out of range [x] with length y", or without
// the length when x is negative.
[[noreturn]] void panicBounds(const char* pre, int64_t x, const char* mid, int64_t y,
                              const char* post, const char* negPost, void* fp) {
  std::string msg = pre + std::to_string(x);
  if (x < 0) {
    msg += negPost;
  } else {
    msg += mid + std::to_string(y) + post;
  }
  if (!onGoroutineStack()) panicOnG0("runtime error: ", msg, fp);
  panicError(ErrorKind::Bounds, msg);
}

}  // namespace
}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" {

// The message layouts of Go's boundsErrorFmts and boundsNegErrorFmts.
void gorun_panicIndex(int64_t x, int64_t len) {
  gorun_growstack16k();
  panicBounds("index out of range [", x, "] with length ", len, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSliceAlen(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [:", x, "] with length ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSliceAcap(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [:", x, "] with capacity ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSliceB(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [", x, ":", y, "]", ":]", __builtin_frame_address(0));
}
void gorun_panicSlice3Alen(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [::", x, "] with length ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSlice3Acap(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [::", x, "] with capacity ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSlice3B(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [:", x, ":", y, "]", ":]", __builtin_frame_address(0));
}
void gorun_panicSlice3C(int64_t x, int64_t y) {
  gorun_growstack16k();
  panicBounds("slice bounds out of range [", x, ":", y, ":]", "::]", __builtin_frame_address(0));
}

void gorun_panicdivide() {
  gorun_growstack16k();
  panicRuntimeError("integer divide by zero", __builtin_frame_address(0));
}

void gorun_panicmem() {
  gorun_growstack16k();
  panicRuntimeError("invalid memory address or nil pointer dereference",
                    __builtin_frame_address(0));
}

void gorun_panicshift() {
  gorun_growstack16k();
  panicRuntimeError("negative shift amount", __builtin_frame_address(0));
}


}  // extern "C"
