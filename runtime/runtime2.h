// The runtime's internal declarations: the goroutine structure, the
// low-level output used by print, panics and throws, and the failure paths.
//
// G, M and P are Go's (runtime2.go); sched.h declares M, P and the
// scheduler's entry points. Everything here is what the stack, panic,
// traceback and print code needs.
#pragma once

#include "runtime/type.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gorun::runtime {

struct G;
struct M;
struct P;

// Goroutine statuses (Go's runtime2.go). Who owns the stack: _Grunning: the
// M running it; _Grunnable/_Gwaiting: nobody runs it, the stack may be
// copied only by whoever changes the status (a parked G's stack never moves
// while a wait record points into it); _Gsyscall: the M in the call;
// _Gdead: the free list.
enum GStatus : uint32_t {
  _Gidle = 0,
  _Grunnable = 1,
  _Grunning = 2,
  _Gsyscall = 3,
  _Gwaiting = 4,
  _Gdead = 6,
};

// Why a G waits, printed in "goroutine N [reason]:" (Go's waitReason).
enum class WaitReason : uint8_t {
  Zero,
  ChanReceive,
  ChanSend,
  Select,
  SelectNoCases,
  Sleep,
  Semacquire,
  SyncMutexLock,
  SyncWaitGroupWait,
  Preempted,
  // --- Additions (channels, issue 4).
  ChanSendNilChan,
  ChanReceiveNilChan,
  SyncCondWait,
  SyncRWMutexRLock,
  SyncRWMutexLock,
  // --- Addition (netpoll, issue 8).
  IOWait,
};
const char* waitReasonString(WaitReason r);

// The saved context of a G that is not running (Go's gobuf): the stack
// pointer and resume address, and the callee-saved registers, since a G
// is suspended inside C++ (mcall) and not only at Go safepoints. The
// layout is used by asm_amd64.S.
struct Gobuf {
  uintptr_t sp = 0;   // 0
  uintptr_t pc = 0;   // 8
  uintptr_t rbx = 0;  // 16
  uintptr_t rbp = 0;  // 24
  uintptr_t r12 = 0;  // 32
  uintptr_t r13 = 0;  // 40
  uintptr_t r14 = 0;  // 48
  uintptr_t r15 = 0;  // 56
};

// A goroutine (Go's g). The first four fields keep the layout of the
// single-goroutine milestone. Ownership: stack fields and sched are
// written by the M running the G or, while it is not running, by whoever
// owns its status; preempt is set by sysmon (atomically); schedlink by the
// holder of the list the G is on.
struct G {
  uintptr_t stacklo = 0;      // lowest usable address of the stack
  uintptr_t stackhi = 0;      // one past the highest address
  uintptr_t stackguard0 = 0;  // stacklo + StackGuard: the value in %fs:0x70
  int64_t goid = 0;
  Gobuf sched;                       // context while not running
  uint32_t atomicstatus = _Gidle;    // GStatus; read with loadStatus
  WaitReason waitreason = WaitReason::Zero;
  bool preempt = false;              // asked to yield (sysmon): re-applied as ~0
  M* m = nullptr;                    // the M running it
  G* schedlink = nullptr;            // run queue / free list link
  void* startfn = nullptr;           // the closure it was started with
  // The collector's concurrent stack scan (mgcmark.cpp, "Goroutine
  // roots"): runGen counts the times the G was made runnable or started
  // running (bumped before the status changes, seq_cst); a scan records
  // the runGen it saw in scanGen and the cycle in scanCycle, and pause 2
  // skips a G whose runGen is still scanGen.
  uint32_t runGen = 0;
  uint32_t scanGen = 0;
  uint32_t scanCycle = 0;
  void* param = nullptr;             // passed by the waker (sema)
  // The timer of time.Sleep (time.cpp), allocated on first use.
  struct Timer* timer = nullptr;
  uint64_t stressCount = 0;          // GORUN_STRESS_STACKMOVE bookkeeping
  G* alllink = nullptr;              // allgs list (never shrinks)
  // The semaphore wait record (sema.cpp): a G waits on one at a time.
  uint32_t* semaAddr = nullptr;
  G* semaNext = nullptr;
  uint32_t semaTicket = 0;
  uintptr_t gopc = 0;  // return address of the go statement's newproc call
  // --- Additions (channels, issue 4; chan.h). The sudogs this G waits
  // with (select: one per case, linked through waitlink in lock order),
  // its free sudogs, and select's "a case fired" flag (Go's selectDone),
  // CASed by wakers. Owned by the G; read by a waker under the channel's
  // lock.
  struct Sudog* waiting = nullptr;
  struct Sudog* sudogcache = nullptr;
  uint32_t selectDone = 0;
  // The defer and panic chains (defer.cpp): innermost first. Owned by the G.
  struct Defer* defers = nullptr;
  struct Panic* panics = nullptr;
};

// Before a G becomes runnable or starts running: the collector's
// concurrent scan of it, if any, no longer holds (G::runGen).
inline void bumpRunGen(G* gp) { __atomic_fetch_add(&gp->runGen, 1, __ATOMIC_SEQ_CST); }

// The goroutine this thread runs Go code for (M's curg), or null while the
// runtime itself runs (before start(), on sysmon, in the signal handler of
// a thread with no G). Runtime code running on g0 on behalf of a G (every
// entry point the JIT calls) sees that G. Never inline it across a park:
// the G may resume on another thread.
G* getg();

// How far above the real bottom of a goroutine stack the split-stack limit
// sits (Go's _StackGuard). JIT frames under 256 B may go 256 B below it,
// and the few C++ functions that run on goroutine stacks (the parking
// entries, HACKING.md) fit in the rest.
inline constexpr uintptr_t StackGuard = 928;
// The initial size of a goroutine stack (Go's _StackMin).
inline constexpr uintptr_t StackMin = 2048;
// The largest goroutine stack, as Go's maxstacksize on 64-bit.
inline constexpr uintptr_t MaxStack = 1000000000;
// The value %fs:0x70 holds when the running G must yield (Go's
// stackPreempt): every prologue check and loop poll fails.
inline constexpr uintptr_t StackPreempt = ~uintptr_t(0);

// --- Output (write.cpp). Every write goes straight to write(2): nothing is
// buffered in the runtime, so stdout is complete before a panic prints.
void writeAll(int fd, const void* p, size_t n);
void writeAllRaw(int fd, const void* p, size_t n);  // no syscall bookkeeping
inline void gwrite(std::string_view s) { writeAll(2, s.data(), s.size()); }
// Null, or the REPL's terminal writer (runtime/repl.h, setTerminalWriter):
// then writeAll and syscall.write send fds 1 and 2 through it instead.
extern void (*replTerminalWrite)(int fd, const void* p, size_t n);

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
// A runtime panic whose message has no "runtime error: " prefix (Go's
// plainError): "assignment to entry in nil map".
[[noreturn]] void panicPlainError(std::string_view msg, void* fp);
// Prints "panic: " + the panic value as Go's printpanicval does.
void printpanicval(const GoEface* v);
// Terminates the process after a panic or throw: status 2.
[[noreturn]] void exitProcess(int code);
// The end of an unrecovered panic, once printed: exitProcess(2), unless
// the REPL's hook (runtime/repl.cpp) ends just the panicking goroutine.
[[noreturn]] void panicExit();
extern void (*replPanicHook)();

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
// Writes the split-stack limit (%fs:0x70) of this thread.
void setStackGuard(uintptr_t guard);
// Prints the frames of a G that is not running, from its saved context
// (checkdead's goroutine list).
void tracebackG(G* gp);

// --- Signals (signal_unix.cpp).
void initsig();
// Installs this thread's alternate signal stack (every M).
void minitSignalStack();

}  // namespace gorun::runtime
