// The C++ bodies of the standard library's bodyless Go functions, in the
// uniform native convention of abi.h:
//     void <pkg>.<Name>$native(Results* r, const Params* p)
// Params and Results mirror Go's layout of the parameter and result lists;
// a variadic ...T parameter is a []T. Bound by name in runtimeSymbols().
#pragma once

#include "runtime/type.h"

#include <string>
#include <vector>

namespace gorun::runtime {

// fmt (native_fmt.cpp): Print, Println, Printf, Sprint, Sprintln, Sprintf.
void fmt_Print(void* r, const void* p);
void fmt_Println(void* r, const void* p);
void fmt_Printf(void* r, const void* p);
void fmt_Sprint(void* r, const void* p);
void fmt_Sprintln(void* r, const void* p);
void fmt_Sprintf(void* r, const void* p);
// fmt's Sscan, Sscanln, Sscanf (native_fmt.cpp, fmt_scan.cpp).
void fmt_sscan(void* r, const void* p);

// os (native_os.cpp): runtime_args, Exit, Getpid, and the file system
// calls unlink, rmdir, stat.
void os_runtime_args(void* r, const void* p);
void os_Exit(void* r, const void* p);
void os_Getpid(void* r, const void* p);
void os_unlink(void* r, const void* p);
void os_rmdir(void* r, const void* p);
void os_stat(void* r, const void* p);

// math, math/bits (native_math.cpp): bit casts, exact operations, CPU features,
// and math/bits' runtime errors.
void math_Float32bits(void* r, const void* p);
void math_Float32frombits(void* r, const void* p);
void math_Float64bits(void* r, const void* p);
void math_Float64frombits(void* r, const void* p);
void math_archSqrt(void* r, const void* p);
void math_archFloor(void* r, const void* p);
void math_archCeil(void* r, const void* p);
void math_archTrunc(void* r, const void* p);
void math_cpuHasFMA(void* r, const void* p);
void math_bits_panicOverflow(void* r, const void* p);
void math_bits_panicDivide(void* r, const void* p);

// errors (native_errors.cpp): reflectlite's questions about types.
void errors_comparable(void* r, const void* p);
void errors_checkAsTarget(void* r, const void* p);
void errors_assignTo(void* r, const void* p);

// runtime (proc.cpp): GOMAXPROCS, NumGoroutine, NumCPU, Gosched, Goexit.
void runtime_setmaxprocs(void* r, const void* p);
void runtime_procsSettled(void* r, const void* p);
void runtime_NumGoroutine(void* r, const void* p);
void runtime_NumCPU(void* r, const void* p);
void runtime_Gosched(void* r, const void* p);
void runtime_Goexit(void* r, const void* p);
// runtime (mgc.cpp; stdlib/runtime/mem.go): GC, ReadMemStats, KeepAlive.
void runtime_GC(void* r, const void* p);
void runtime_ReadMemStats(void* r, const void* p);
void runtime_KeepAlive(void* r, const void* p);

// sync (sema.cpp): semaphores, fatal (the atomics are instructions:
// jit/atomics.cpp).
void sync_runtime_Semacquire(void* r, const void* p);
void sync_runtime_Semrelease(void* r, const void* p);
void sync_fatal(void* r, const void* p);
// --- Additions (Mutex starvation mode, atomic.Value; issue 4): sema.cpp.
void sync_runtime_SemacquireMutex(void* r, const void* p);
void sync_runtime_canSpin(void* r, const void* p);
void sync_runtime_doSpin(void* r, const void* p);
void atomic_efaceType(void* r, const void* p);

// time (time.cpp): Sleep, runtimeNano.
void time_Sleep(void* r, const void* p);
void time_runtimeNano(void* r, const void* p);

// sort (native_sort.cpp): what sort.Slice asks of reflection.
void sort_sliceHeader(void* r, const void* p);
void sort_swapElems(void* r, const void* p);

// syscall (native_syscall.cpp): files and the environment, returning errno.
void syscall_open(void* r, const void* p);
void syscall_read(void* r, const void* p);
void syscall_write(void* r, const void* p);
void syscall_closeFd(void* r, const void* p);
void syscall_getenv(void* r, const void* p);
void syscall_setenv(void* r, const void* p);
void syscall_unsetenv(void* r, const void* p);

// --- Addition (channels, issue 4): time's channel timers
// (time_chan.cpp) and the table of chan_symbols.cpp, which symbols.cpp
// appends to runtimeSymbols().
void time_startTimer(void* r, const void* p);
void time_stopTimer(void* r, const void* p);
void time_resetTimer(void* r, const void* p);
void time_now(void* r, const void* p);
struct SymbolEntry {
  const char* name;
  void* addr;
  bool direct;  // runs on the goroutine stack (no g0 stub)
};
std::vector<SymbolEntry> chanSymbols();
// sync's and sync/atomic's later natives (sema.cpp), appended by chanSymbols().
std::vector<SymbolEntry> syncSymbols();
// --- Addition (netpoll, issue 8): package net's natives
// (native_net.cpp, netpoll.cpp), appended by symbols.cpp.
std::vector<SymbolEntry> netSymbols();

// The arguments start() was given (proc.cpp).
const std::vector<std::string>& goargs();

// A Go string holding a copy of s, allocated with gorun_mallocgc.
GoString gostring(std::string_view s);

}  // namespace gorun::runtime
