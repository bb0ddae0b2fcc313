// Defer, panic and recover (Go's panic.go), over C++ forced unwinding.
//
// The design follows Go's: deferred calls are records on the G's defer
// chain, and a panic runs them from the top of the stack, *before* any
// frame is unwound, so that an unrecovered panic still prints the full
// traceback of the panicking goroutine. Only a recover unwinds.
//
//   1. A function with defer statements gets a frame token at entry
//      (deferframe: a process-wide counter, not an address: stacks move)
//      and pushes a Defer {fn, frame} for each defer statement executed
//      (deferproc). fn is a closure taking no arguments: the lowering wraps
//      `defer f(a, b)` in a thunk closure holding f and the evaluated a, b
//      (Defer::wrapped).
//   2. On return the function pops and calls its own records (deferpop, in
//      a JIT loop so that the calls run on the goroutine stack with
//      prologue checks), after storing its results where deferred closures
//      can change them (named results) and reloading them afterwards.
//   3. gopanic(v) pushes a Panic and calls the records on the chain one by
//      one, innermost first, through gorun_calldeferred (defer_amd64.S),
//      whose return address marks "called directly by a panic".
//   4. recover() (gorecover) returns the innermost panic's value and marks
//      it recovered iff the caller of recover is the deferred function that
//      panic is running: its return address (or, for a wrapped call, its
//      caller's) is gorun_deferpanicret. Otherwise nil, as Go.
//   5. When a deferred call returns and its panic is recovered, gopanic
//      removes the panic (and the panics it aborted) and unwinds the stack
//      with _Unwind_ForcedUnwind up to the frame that deferred the call.
//      Every JIT function with defers has a cleanup landing pad around
//      every call: it asks deferlanding whether it is the target; the
//      target stops the unwind, runs its remaining deferred calls and
//      returns its (named) results normally; any other frame resumes.
//      Frames without defers have no landing pad; they only need unwind
//      tables (every JIT function is uwtable).
//   6. With no deferred call left, the panic is fatal: fatalpanic prints
//      every panic on the chain, oldest first ("panic: a [recovered]\n\t
//      panic: b"), the traceback from here, and exits 2.
//
// A new panic raised while a deferred call runs for an older one aborts the
// older one when it reaches that call, i.e. once every deferred call made
// since that call began has run (Go marks it on meeting the started
// record; here the record is already off the chain, so the test is that
// the chain is back to what lay under it). An aborted panic stays on the
// chain for printing and is dropped when a newer one is recovered; one
// that was not reached (the newer panic was recovered inside the
// deferred call, or by fmt) goes on running its deferred calls.
//
// Callbacks. Runtime code on g0 calls Go code back: fmt's String, Error
// and GoString methods (iface.cpp, callStringMethodRecovering). It does
// so through callRecovering, which keeps a Callback record in its own g0
// frame (M::callback, innermost first, linked through `outer`) holding
// the G's defer and panic chains at the call. A panic raised while a
// record is innermost is the callback's: panic(v) in the method, or a
// runtime error in it or in the runtime code it calls (panic.cpp keeps
// those on g0 instead of moving them to the goroutine stack). gopanic
// runs it on g0, calling the deferred calls above the record's `defers`
// only, innermost first; one of them may recover it (the forced unwind
// then stops at a frame inside the callback, as on a goroutine stack).
// When none is left, the panic ends as Go's fmt.catchPanic would end it:
// gp->panics goes back to the record's, the value goes to the record,
// and returnToCallback raises a foreign exception (_Unwind_RaiseException)
// that unwinds the callback's frames to callRecovering's catch (...): JIT
// landing pads resume (deferlanding knows no frame 0, and their deferred
// calls have all run), C++ frames between run their cleanups. The caller
// (fmt) then prints the value.
// Why that is safe:
//   - M::callback is set only while its M runs on g0 inside
//     callRecovering, and the Go code called there never leaves g0: it
//     cannot park (gopark/mcall from g0 throws), morestack and preemption
//     polls on g0 do not switch, Goexit throws, and raise() no longer
//     jumps to the goroutine stack. So the record (a g0 local) is live
//     for as long as it is reachable, its G is the M's curg throughout,
//     and the defers above its bottom are exactly those the callback made:
//     nothing inside can pop below it (the frames below are fmt's C++
//     frames and the goroutine's own, on its own stack).
//   - Stacks: no goroutine stack moves while a callback runs (its G runs
//     no code on its own stack meanwhile), and the record lives on g0,
//     which never moves. No heap object or G field points into g0: only
//     the M does.
//   - The collector: the panic's value is reachable from gp->panics (a G
//     field) until returnToCallback; from there on only from g0 frames
//     (the record, then fmt's locals). Inside a callback the M stops for
//     a collection only in stopAtRuntimeCall (an allocation), never at a
//     JIT safepoint (on g0 they do not stop), and the collector scans
//     that M's g0 from there up, records and fmt's frames included.
//
// Stacks. Everything here runs on the goroutine stack (symbols.cpp binds
// the panic entry points directly, not through the g0 stub), because the
// deferred calls are Go code and the unwinder must walk the JIT frames.
// Each entry point first makes 16 KiB of room (gorun_growstack16k) for the
// C++ code, the printing and the unwinder; landing pads do the same before
// they resume. A panic raised by runtime code on g0 comes back to the
// goroutine stack first and enters here through gorun_panicfromruntime
// (panic.cpp's header). Defer and Panic records are GC heap objects
// without a type (scanned conservatively), reachable from the G (a GC
// root).
//
// Invariants:
//   - g->defers is ordered innermost first; the records of one frame are
//     contiguous and on top while that frame runs;
//   - g->panics is ordered newest first; only the newest can be recovered.
#include "runtime/defer.h"

#include "runtime/abi.h"
#include "runtime/iface.h"
#include "runtime/malloc.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <atomic>
#include <cstring>
#include <initializer_list>
#include <unwind.h>

extern "C" void gorun_calldeferred(void* closure);
extern "C" char gorun_deferpanicret[];

namespace gorun::runtime {

struct Defer {
  Defer* link;
  void* fn;        // closure of no arguments
  int64_t frame;   // token of the deferring frame
  bool wrapped;    // fn is a thunk around the user's function
};

struct Panic {
  Panic* link;
  GoEface arg;
  Defer* running = nullptr;  // the deferred call it is making, if any
  bool recovered = false;
  bool aborted = false;
};

// One call of Go code by runtime code on g0 that recovers the panics
// raised in it (callRecovering; the file comment). Lives in
// callRecovering's frame on the M's g0 stack; M::callback points at the
// innermost one.
struct Callback {
  Callback* outer;  // the enclosing callback on this M, if any
  G* gp;            // the goroutine the M runs it for (its curg)
  Defer* defers;    // gp->defers at the call: the callback's bottom
  Panic* panics;    // gp->panics at the call
  GoEface value{};  // the value of the panic that ended it
  bool panicked = false;
};

namespace {

std::atomic<int64_t> frameSeq{0};

// Runs f() on g0 (a plain call when already there). The panic path runs on
// the goroutine stack, but its allocations must not: mallocgc may wait for
// a collection (stopAtRuntimeCall), and the collector then scans the M's
// g0 stack from that frame up to its top. From a goroutine stack, that
// range would span unmapped memory.
template <typename F>
void systemstack(F f) {
  gorun_systemstack([](void* arg) { (*static_cast<F*>(arg))(); }, &f);
}

constexpr uint64_t kGoUnwindClass = 0x474f52554e474f00ull;  // "GORUNGO\0"
// The exception that carries a panic out of a callback (returnToCallback).
constexpr uint64_t kCallbackUnwindClass = 0x474f52554e434200ull;  // "GORUNCB\0"

struct GoUnwind {
  _Unwind_Exception hdr;
  int64_t frame;
};

void deleteUnwind(_Unwind_Reason_Code, _Unwind_Exception* e) {
  delete reinterpret_cast<GoUnwind*>(e);
}

_Unwind_Reason_Code unwindStop(int, _Unwind_Action actions, _Unwind_Exception_Class,
                               _Unwind_Exception*, _Unwind_Context*, void*) {
  if (actions & _UA_END_OF_STACK) throwError("recovery: no frame to return to");
  return _URC_NO_REASON;
}

[[noreturn]] void unwindTo(int64_t frame) {
  auto* u = new GoUnwind{};
  u->hdr.exception_class = kGoUnwindClass;
  u->hdr.exception_cleanup = deleteUnwind;
  u->frame = frame;
  _Unwind_ForcedUnwind(&u->hdr, unwindStop, nullptr);
  throwError("recovery: unwinding failed");
}

void printpanics(Panic* p) {
  if (p->link) {
    printpanics(p->link);
    printstring("\t");
  }
  printstring("panic: ");
  printpanicval(&p->arg);
  if (p->recovered) printstring(" [recovered]");
  printstring("\n");
}

[[noreturn]] void fatalpanic(G* gp) {
  printpanics(gp->panics);
  if (isMemoryError(&gp->panics->arg)) {
    // Go's nil dereferences are faults; ours are explicit checks, printed
    // as the fault Go would have taken.
    printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  }
  printstring("\n");
  tracebackFromRuntimeFrame(__builtin_frame_address(0));
  panicExit();
}

// --- Runtime error values: Go's boundsError, errorString, plainError and
// *TypeAssertionError as far as a program can see them (%v and Error()
// print the message, %T the type name, and they implement runtime.Error).
// The value is a GoString holding Error()'s text: the data word points to
// it (the pointer itself for *TypeAssertionError, a pointer-shaped type).

GoString errorMessage(void*, void* data) { return *static_cast<GoString*>(data); }
void runtimeErrorMarker(void*, void*) {}

GoString lit(const char* s) {
  return {reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

GoType funcType(const char* str) {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Func;
  t.flags = TypeFlagDirectIface;
  t.str = lit(str);
  return t;
}
const GoType funcString = funcType("func() string");
const GoType funcVoid = funcType("func()");
const GoMethod errorMethods[] = {
    {lit("Error"), &funcString, reinterpret_cast<void*>(&errorMessage)},
    {lit("RuntimeError"), &funcVoid, reinterpret_cast<void*>(&runtimeErrorMarker)},
};

GoType errorType(const char* name) {
  GoType t{};
  t.size = sizeof(GoString);
  t.align = 8;
  t.kind = Kind::String;
  t.flags = TypeFlagNamed | TypeFlagComparable;
  t.str = lit(name);
  t.methods = errorMethods;
  t.nmethods = 2;
  return t;
}
const GoType boundsErrorType = errorType("runtime.boundsError");
const GoType errorStringType = errorType("runtime.errorString");
const GoType plainErrorType = errorType("runtime.plainError");
// Go's TypeAssertionError is a struct; what it points to here is the
// message, which fmt never shows except through Error.
const GoType typeAssertionErrorType = [] {
  GoType t = errorType("runtime.TypeAssertionError");
  t.methods = nullptr;
  t.nmethods = 0;
  return t;
}();
const GoType typeAssertionErrorPtrType = [] {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Pointer;
  t.flags = TypeFlagDirectIface | TypeFlagComparable;
  t.str = lit("*runtime.TypeAssertionError");
  t.elem = &typeAssertionErrorType;
  t.methods = errorMethods;
  t.nmethods = 2;
  return t;
}();
const char kMemoryError[] = "runtime error: invalid memory address or nil pointer dereference";

// The value of type t whose Error() is the concatenation of parts,
// built directly in the collected heap (no C++ string outlives the call).
// On g0 (systemstack): see there.
GoEface errorValue(const GoType* t, std::initializer_list<std::string_view> parts) {
  GoEface v{t, nullptr};
  systemstack([&] {
    size_t n = 0;
    for (std::string_view part : parts) n += part.size();
    auto* bytes = static_cast<uint8_t*>(gorun_mallocgc(n, &byteType));
    size_t off = 0;
    for (std::string_view part : parts) {
      std::memcpy(bytes + off, part.data(), part.size());
      off += part.size();
    }
    auto* s = static_cast<GoString*>(gorun_mallocgc(sizeof(GoString), nullptr));
    *s = {bytes, static_cast<int64_t>(n)};
    v.data = s;
  });
  return v;
}

}  // namespace

GoEface runtimeErrorValue(ErrorKind kind, std::string_view msg, std::string_view detail) {
  switch (kind) {
    case ErrorKind::Runtime: return errorValue(&errorStringType, {"runtime error: ", msg, detail});
    case ErrorKind::Bounds: return errorValue(&boundsErrorType, {"runtime error: ", msg, detail});
    case ErrorKind::Plain: return errorValue(&plainErrorType, {msg, detail});
    case ErrorKind::TypeAssertion: return errorValue(&typeAssertionErrorPtrType, {msg, detail});
  }
  __builtin_unreachable();
}

bool isMemoryError(const GoEface* v) {
  if (v->type != &errorStringType) return false;
  auto* s = static_cast<const GoString*>(v->data);
  return std::string_view(reinterpret_cast<const char*>(s->ptr), size_t(s->len)) == kMemoryError;
}

namespace {

// The end of a panic p raised inside callback cb that no deferred call
// of the callback recovered: Go's fmt recovers it (catchPanic). p and the
// panics raised in the callback that it aborted are over; p's value goes
// to cb, and a foreign exception unwinds the callback's frames (JIT
// landing pads resume: their deferred calls have all run) up to
// callRecovering's catch. The frames in between own nothing that needs
// their cleanups, as for a recover; C++ frames among them get theirs.
[[noreturn]] void returnToCallback(G* gp, Callback* cb, Panic* p) {
  gp->panics = cb->panics;
  cb->value = p->arg;
  cb->panicked = true;
  auto* u = new GoUnwind{};
  u->hdr.exception_class = kCallbackUnwindClass;
  u->hdr.exception_cleanup = deleteUnwind;
  u->frame = 0;  // no frame's token: every landing pad resumes
  _Unwind_RaiseException(&u->hdr);
  throwError("panic in a method the runtime called: no frame to return to");
}

}  // namespace

[[noreturn]] void gopanic(GoEface v) {
  G* gp = getg();
  // Inside a callback (JIT code that runtime code on g0 called: fmt's
  // String methods), the panic is the callback's: it runs the deferred
  // calls made since the callback began and no others (the goroutine's
  // own frames are below fmt's, on its own stack), then returns to it.
  M* mp = getm();
  Callback* cb = mp ? mp->callback : nullptr;
  if (cb && cb->gp != gp) throwError("gopanic: callback of another goroutine");
  Defer* bottom = cb ? cb->defers : nullptr;
  Panic* p = nullptr;
  systemstack([&] { p = static_cast<Panic*>(gorun_mallocgc(sizeof(Panic), nullptr)); });
  p->arg = v;
  p->link = gp->panics;
  gp->panics = p;
  while (gp->defers != bottom) {
    Defer* d = gp->defers;
    // An older panic whose deferred call this one has reached (every
    // deferred call made since that call began has run) can no longer
    // continue: aborted, as Go marks it on meeting the started record.
    for (Panic* q = p->link; q; q = q->link)
      if (!q->aborted && q->running && q->running->link == d) q->aborted = true;
    gp->defers = d->link;  // off the chain before the call, as Go's started
    p->running = d;
    gorun_calldeferred(d->fn);
    p->running = nullptr;
    if (p->recovered) {
      gp->panics = p->link;
      while (gp->panics && gp->panics->aborted) gp->panics = gp->panics->link;
      unwindTo(d->frame);
    }
  }
  if (cb) returnToCallback(gp, cb, p);
  fatalpanic(gp);
}

bool callRecovering(void (*fn)(void*), void* arg, GoEface* panicValue) {
  M* mp = getm();
  G* gp = mp ? mp->curg : nullptr;
  if (gp == nullptr || !mp->onG0) {
    fn(arg);
    return true;
  }
  Callback cb{mp->callback, gp, gp->defers, gp->panics};
  mp->callback = &cb;
  try {
    fn(arg);
  } catch (...) {
    // Only returnToCallback's exception is caught; nothing else may pass
    // through Go code (a C++ exception would be a runtime bug).
    if (!cb.panicked) {
      mp->callback = cb.outer;
      throw;
    }
  }
  mp->callback = cb.outer;
  if (gp->defers != cb.defers) throwError("callback returned with deferred calls pending");
  if (!cb.panicked) return true;
  *panicValue = cb.value;
  return false;
}

[[noreturn]] void panicError(ErrorKind kind, std::string_view msg) {
  GoEface v = runtimeErrorValue(kind, msg, {});
  gorun_growstack16k();  // v holds heap pointers only: the stack may move
  gopanic(v);
}

void rundefersForGoexit() {
  if (M* mp = getm(); mp && mp->callback) {
    // Go would run every deferred call (the goroutine's too, recover
    // returning nil) and end the goroutine; the goroutine's frames are
    // below the runtime's on g0, which cannot be left from here.
    throwError("runtime.Goexit called in a method the runtime called (fmt): not supported");
  }
  G* gp = getg();
  while (Defer* d = gp->defers) {
    gp->defers = d->link;
    gorun_calldeferred(d->fn);
    gp = getg();  // re-read: never hold thread state across Go code
  }
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" {

int64_t gorun_deferframe() { return ++frameSeq; }

void gorun_deferproc(int64_t frame, void* fn, int64_t wrapped) {
  G* gp = getg();
  auto* d = static_cast<Defer*>(gorun_mallocgc(sizeof(Defer), nullptr));
  d->fn = fn;
  d->frame = frame;
  d->wrapped = wrapped != 0;
  d->link = gp->defers;
  gp->defers = d;
}

void* gorun_deferpop(int64_t frame) {
  G* gp = getg();
  Defer* d = gp->defers;
  if (!d || d->frame != frame) return nullptr;
  gp->defers = d->link;
  return d->fn;
}

int64_t gorun_deferlanding(void* exn, int64_t frame) {
  auto* e = static_cast<_Unwind_Exception*>(exn);
  if (e->exception_class != kGoUnwindClass) return 0;
  auto* u = reinterpret_cast<GoUnwind*>(e);
  if (u->frame != frame) return 0;
  _Unwind_DeleteException(e);
  return 1;
}

void gorun_gorecover(void* fp, GoEface* out) {
  *out = {nullptr, nullptr};
  G* gp = getg();
  Panic* p = gp->panics;
  if (!p || p->recovered || !p->running) return;
  // fp is the frame of the function that called recover(): [fp] is its
  // caller's frame pointer, [fp+8] its return address.
  auto* frame = static_cast<uintptr_t*>(fp);
  uintptr_t ret = frame[1];
  if (p->running->wrapped) {
    auto* caller = reinterpret_cast<uintptr_t*>(frame[0]);
    if (!caller) return;
    ret = caller[1];
  }
  if (ret != reinterpret_cast<uintptr_t>(gorun_deferpanicret)) return;
  p->recovered = true;
  *out = p->arg;
}

void gorun_panicnilmap() {
  gorun_growstack16k();
  panicError(ErrorKind::Plain, "assignment to entry in nil map");
}

// Where gorun_panicresume (asm_amd64.S) lands: on the goroutine stack,
// entered as if called by the JIT code at the runtime call that panicked
// on g0 (panic.cpp), with the error value built there.
[[noreturn]] void gorun_panicfromruntime(const GoType* type, void* data) {
  GoEface v{type, data};
  gorun_growstack16k();
  gopanic(v);
}

void gorun_gopanic(const GoEface* v) {
  GoEface val = *v;
  gorun_growstack16k();
  gopanic(val);
}

}  // extern "C"
