// Panics and fatal errors (Go's panic.go).
//
// Two tiers, as in Go:
//   - A Go panic (a runtime error the JIT code detected, or panic(v)) is the
//     program's error. Go would run deferred calls and allow recover; this
//     milestone has neither yet, so every panic is fatal at once: print
//     "panic: ..." (printpanics), a blank line, the goroutine's traceback,
//     exit status 2. When defer/recover arrive, the entry points below
//     start unwinding instead, and this printing moves to the top of the
//     goroutine (fatalpanic).
//   - A throw is a broken invariant of the runtime or an unrecoverable
//     condition (stack overflow, out of memory): "fatal error: ...", the
//     traceback, exit 2. Never recoverable, even later.
//
// All output goes to stderr unbuffered. Stdout is already complete: nothing
// is ever buffered in user space (write.cpp), so a panic cannot lose output.
//
// The entry points take __builtin_frame_address(0) first, which also makes
// the compiler give them a frame record, so the traceback starts at the JIT
// function that called them.
#include "runtime/abi.h"
#include "runtime/runtime2.h"

#include <cstdio>
#include <unistd.h>

namespace gorun::runtime {

[[noreturn]] void exitProcess(int code) {
  // Host-side stdio (the driver's diagnostics) may hold buffered output;
  // the Go program's own output never is.
  std::fflush(nullptr);
  _exit(code);
}

[[noreturn]] void panicRuntimeError(std::string_view msg, void* fp) {
  printstring("panic: runtime error: ");
  printstring(msg);
  printstring("\n");
  if (msg == "invalid memory address or nil pointer dereference") {
    // Go's nil dereferences are faults; ours are explicit checks, printed
    // as the fault Go would have taken.
    printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  }
  printstring("\n");
  tracebackFromRuntimeFrame(fp);
  exitProcess(2);
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
  printstring("panic: runtime error: ");
  printstring(pre);
  printint(x);
  if (x < 0) {
    printstring(negPost);
  } else {
    printstring(mid);
    printint(y);
    printstring(post);
  }
  printstring("\n\n");
  tracebackFromRuntimeFrame(fp);
  exitProcess(2);
}

}  // namespace
}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" {

// The message layouts of Go's boundsErrorFmts and boundsNegErrorFmts.
void gorun_panicIndex(int64_t x, int64_t len) {
  panicBounds("index out of range [", x, "] with length ", len, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSliceAlen(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [:", x, "] with length ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSliceAcap(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [:", x, "] with capacity ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSliceB(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [", x, ":", y, "]", ":]", __builtin_frame_address(0));
}
void gorun_panicSlice3Alen(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [::", x, "] with length ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSlice3Acap(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [::", x, "] with capacity ", y, "", "]",
              __builtin_frame_address(0));
}
void gorun_panicSlice3B(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [:", x, ":", y, "]", ":]", __builtin_frame_address(0));
}
void gorun_panicSlice3C(int64_t x, int64_t y) {
  panicBounds("slice bounds out of range [", x, ":", y, ":]", "::]", __builtin_frame_address(0));
}

void gorun_panicdivide() {
  panicRuntimeError("integer divide by zero", __builtin_frame_address(0));
}

void gorun_panicmem() {
  panicRuntimeError("invalid memory address or nil pointer dereference",
                    __builtin_frame_address(0));
}

void gorun_panicshift() {
  panicRuntimeError("negative shift amount", __builtin_frame_address(0));
}

void gorun_gopanic(const GoEface* v) {
  void* fp = __builtin_frame_address(0);
  printstring("panic: ");
  printpanicval(v);
  printstring("\n\n");
  tracebackFromRuntimeFrame(fp);
  exitProcess(2);
}

}  // extern "C"
