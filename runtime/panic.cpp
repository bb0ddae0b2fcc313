// Panics and fatal errors (Go's panic.go).
//
// Two tiers, as in Go:
//   - A Go panic (a runtime error the JIT code detected, or panic(v)) is the
//     program's error: the entry points below make a runtime.Error value
//     and start panicking (defer.cpp: deferred calls run, recover may stop
//     it; unrecovered, fatalpanic prints "panic: ..." and the traceback and
//     exits 2). They are bound directly (symbols.cpp), not through the g0
//     stub: they first make 16 KiB of room on the goroutine stack.
//   - A throw is a broken invariant of the runtime or an unrecoverable
//     condition (stack overflow, out of memory): "fatal error: ...", the
//     traceback, exit 2. Never recoverable.
//
// Panics raised on g0. Most runtime errors are found by C++ code that JIT
// code reached through a symbols.cpp stub, on the M's g0 stack: hashing an
// unhashable map key (alg.cpp), comparing uncomparable interface values
// (iface.cpp), make with a bad size (slice.cpp, chan.cpp), closing a nil
// or closed channel, the natives. Deferred calls cannot run there (they
// are Go code of the goroutine, and the unwinder must reach its frames),
// so panicRuntimeError/panicPlainError move the panic to the goroutine
// stack first, as Go's sigpanic does for a fault:
//
//   1. Walk the g0 frames with the unwinder (_Unwind_Backtrace) up to the
//      innermost call made by gorun_systemstack_switch from the goroutine
//      stack (its return address is gorun_systemstack_switchret). The
//      switch's frame record, on the goroutine stack, holds the JIT
//      caller's rbp and return address; the unwinder's register state for
//      that frame holds the caller's callee-saved registers, which the g0
//      code may have saved anywhere in its frames.
//   2. Build the error value (collected heap) while still on g0.
//   3. gorun_panicresume (asm_amd64.S) does the switch's return path (M off
//      g0, the G's limit or the preempt sentinel in %fs:0x70), restores
//      those registers and jumps to gorun_panicfromruntime (defer.cpp)
//      with rsp at the return address: to the unwinder and the traceback,
//      the JIT code called the panic function at the runtime call. From
//      there it is an ordinary panic.
//
// The g0 frames are abandoned, never unwound: their destructors do not
// run. That is safe because nothing there can be owed anything: g0 is
// used from its top on every switch (nothing on it survives), and a
// panic site must hold no runtime lock and no half-updated structure
// (HACKING.md, "Throw vs panic"; checked for every site: map.cpp hashes
// before it sets hashWriting, chan.cpp unlocks first) and no owning C++
// object (which would leak): messages are string literals and type
// names, concatenated in the collected heap (panicRuntimeErrorType).
//
// When JIT code itself is on g0, called back by runtime code (fmt calling
// a String method through defer.cpp's callRecovering, which sets
// M::callback), the panic stays on g0: gopanic starts right where it was
// raised, runs the deferred calls the callback made (which may recover
// it) and otherwise ends it at callRecovering, whose caller prints
// %!v(PANIC=String method: ...) as Go's fmt does (defer.cpp's "Callbacks").
// The frames between are unwound, not abandoned. JIT code on g0 without
// such a record (a panic value's Error method called while a fatal panic
// raised on g0 prints) makes the walk meet a JIT frame or the switch's
// nested call (gorun_systemstack_nestedret) first: that panic is printed
// with the traceback from the raising entry, exit 2.
//
// All output goes to stderr unbuffered. Stdout is already complete: nothing
// is ever buffered in user space (write.cpp), so a panic cannot lose output.
#include "runtime/abi.h"
#include "runtime/defer.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"
#include "runtime/symtab.h"

#include <cstddef>
#include <cstdio>
#include <unistd.h>
#include <unwind.h>

// asm_amd64.S: the return addresses of gorun_systemstack_switch's call
// (from a goroutine stack; on g0), and the way back to the goroutine.
extern "C" char gorun_systemstack_switchret[];
extern "C" char gorun_systemstack_nestedret[];
extern "C" [[noreturn]] void gorun_panicresume(const void* r);

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

// A panic raised on g0 that cannot move to the goroutine stack (JIT code
// called back on g0, or no goroutine): print and exit, with the traceback
// from fp, the frame record of the runtime entry that raised it.
[[noreturn]] void panicOnG0(std::string_view prefix, std::string_view msg,
                            std::string_view detail, void* fp) {
  printstring("panic: ");
  printstring(prefix);
  printstring(msg);
  printstring(detail);
  printstring("\n");
  if (msg == "invalid memory address or nil pointer dereference")
    printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  printstring("\n");
  tracebackFromRuntimeFrame(fp);
  panicExit();
}

// What gorun_panicresume needs (its layout is asm_amd64.S's).
struct PanicResume {
  uintptr_t rec;  // the switch's frame record: {JIT rbp, JIT return address}
  uintptr_t rbx, r12, r13, r14, r15;  // the JIT caller's, at the call
  const GoType* type;                 // the panic value
  void* data;
};
static_assert(offsetof(PanicResume, rbx) == 8 && offsetof(PanicResume, r15) == 40 &&
              offsetof(PanicResume, type) == 48 && offsetof(PanicResume, data) == 56);

// DWARF register numbers (x86-64 psABI).
enum : int { DwarfRbx = 3, DwarfRbp = 6, DwarfR12 = 12, DwarfR13, DwarfR14, DwarfR15 };

struct SwitchSearch {
  PanicResume* r;
  bool found = false;
};

// _Unwind_Backtrace's callback, innermost frame first. Stops at the
// switch's call from a goroutine stack (found), or at the first sign of a
// callback: JIT code on g0, or the switch's nested call (not found).
_Unwind_Reason_Code findSwitchFrame(_Unwind_Context* ctx, void* arg) {
  auto* s = static_cast<SwitchSearch*>(arg);
  uintptr_t ip = _Unwind_GetIP(ctx);
  if (ip == reinterpret_cast<uintptr_t>(gorun_systemstack_switchret)) {
    PanicResume* r = s->r;
    r->rec = _Unwind_GetGR(ctx, DwarfRbp);
    r->rbx = _Unwind_GetGR(ctx, DwarfRbx);
    r->r12 = _Unwind_GetGR(ctx, DwarfR12);
    r->r13 = _Unwind_GetGR(ctx, DwarfR13);
    r->r14 = _Unwind_GetGR(ctx, DwarfR14);
    r->r15 = _Unwind_GetGR(ctx, DwarfR15);
    s->found = true;
    return _URC_END_OF_STACK;
  }
  if (ip == reinterpret_cast<uintptr_t>(gorun_systemstack_nestedret) || findfunc(ip - 1))
    return _URC_END_OF_STACK;
  return _URC_NO_REASON;
}

// Whether this M runs Go code that runtime code called back on g0 (a
// String method fmt called: defer.cpp's callRecovering). A panic raised
// there stays on g0 (the file comment).
bool inCallback() {
  M* mp = getm();
  return mp && mp->onG0 && mp->callback;
}

// Fills r for gorun_panicresume from the g0 frames (the file comment):
// false when they do not lead back to the goroutine's stack.
bool findSwitch(PanicResume* r) {
  M* mp = getm();
  G* gp = mp ? mp->curg : nullptr;
  SwitchSearch search{r};
  if (gp && mp->onG0) _Unwind_Backtrace(findSwitchFrame, &search);
  return search.found && r->rec >= gp->stacklo && r->rec + 16 <= gp->stackhi;
}

// Raises the panic kind(msg + detail), from the goroutine stack or from g0
// (the file comment). fp: the raising entry's frame record, for panicOnG0.
[[noreturn]] void raise(ErrorKind kind, std::string_view msg, std::string_view detail, void* fp) {
  if (onGoroutineStack()) {
    GoEface v = runtimeErrorValue(kind, msg, detail);
    gorun_growstack16k();  // v holds heap pointers only: the stack may move
    gopanic(v);
  }
  if (inCallback()) gopanic(runtimeErrorValue(kind, msg, detail));
  PanicResume r{};
  if (!findSwitch(&r)) {
    const bool prefixed = kind == ErrorKind::Runtime || kind == ErrorKind::Bounds;
    panicOnG0(prefixed ? "runtime error: " : "", msg, detail, fp);
  }
  GoEface v = runtimeErrorValue(kind, msg, detail);
  r.type = v.type;
  r.data = v.data;
  gorun_panicresume(&r);
}

}  // namespace

[[noreturn]] void panicFromRuntime(GoEface v, void* fp) {
  if (onGoroutineStack()) {
    gorun_growstack16k();  // v holds heap pointers only: the stack may move
    gopanic(v);
  }
  if (inCallback()) gopanic(v);
  PanicResume r{};
  if (!findSwitch(&r)) {
    printstring("panic: ");
    printpanicval(&v);
    printstring("\n\n");
    tracebackFromRuntimeFrame(fp);
    panicExit();
  }
  r.type = v.type;
  r.data = v.data;
  gorun_panicresume(&r);
}

[[noreturn]] void panicRuntimeError(std::string_view msg, void* fp) {
  raise(ErrorKind::Runtime, msg, {}, fp);
}

[[noreturn]] void panicRuntimeErrorType(std::string_view msg, const GoType* t, void* fp) {
  raise(ErrorKind::Runtime, msg,
        {reinterpret_cast<const char*>(t->str.ptr), static_cast<size_t>(t->str.len)}, fp);
}

[[noreturn]] void panicPlainError(std::string_view msg, void* fp) {
  raise(ErrorKind::Plain, msg, {}, fp);
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
// the length when x is negative. Formatted in a buffer of this frame: a
// panic site owns nothing (the file comment).
[[noreturn]] void panicBounds(const char* pre, int64_t x, const char* mid, int64_t y,
                              const char* post, const char* negPost, void* fp) {
  char buf[160];
  int n = x < 0 ? std::snprintf(buf, sizeof buf, "%s%lld%s", pre, static_cast<long long>(x), negPost)
                : std::snprintf(buf, sizeof buf, "%s%lld%s%lld%s", pre, static_cast<long long>(x),
                                mid, static_cast<long long>(y), post);
  raise(ErrorKind::Bounds, std::string_view(buf, size_t(n)), {}, fp);
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
