// runtimeSymbols(): every host symbol JIT code may reference, bound into
// each JITDylib with absoluteSymbols. Runtime entry points are named as in
// Go ("runtime.panicIndex"), natives "<pkg>.<Name>$native", and the libc
// and split-stack symbols LLVM emits calls to under their own names.
//
// Which stack a runtime function runs on (HACKING.md): every entry point
// and native is bound to a stub that switches to the M's g0 stack
// (gorun_systemstack_switch), since goroutine stacks start at 2 KiB and
// C++ code has no prologue checks. The exceptions, bound directly, are
// listed in onGoroutineStack: functions that park or yield (they mcall
// themselves and fit in StackGuard) and leaf functions (libc's mem*)
// whose stack use is a few words. A function behind a stub may
// still panic: panic.cpp moves the panic back to the goroutine stack, at
// the stub's call site, before any deferred call runs.
#include "runtime/abi.h"
#include "runtime/defer.h"
#include "runtime/iface.h"
#include "runtime/natives.h"

#include <cstring>
#include <map>
#include <mutex>
#include <string_view>
#include <sys/mman.h>

extern "C" void gorun_systemstack_switch();
extern "C" void gorun_newproc(void* closure);
extern "C" void gorun_preemptPoll();
// The C++ ABI pieces JIT landing pads use (defer.cpp).
extern "C" int __gxx_personality_v0(...);
#include <unwind.h>

namespace gorun::runtime {

namespace {

constexpr std::string_view onGoroutineStack[] = {
    "__morestack", "memmove", "memset", "memcmp", "runtime.preemptPoll",
    "runtime.Gosched$native", "runtime.Goexit$native", "time.Sleep$native",
    "sync.runtime_Semacquire$native",
    // Panics run deferred calls (Go code) and unwind JIT frames: they stay
    // on the goroutine stack and make their own room (defer.cpp).
    "runtime.gopanic", "runtime.panicIndex", "runtime.panicSliceAlen", "runtime.panicSliceAcap",
    "runtime.panicSliceB", "runtime.panicSlice3Alen", "runtime.panicSlice3Acap",
    "runtime.panicSlice3B", "runtime.panicSlice3C", "runtime.panicdivide", "runtime.panicmem",
    "runtime.panicshift", "runtime.panicnilmap", "runtime.panicdottype", "runtime.growstack16k",
    "__gxx_personality_v0", "_Unwind_Resume",
};

// A stub per target: movabs $target, %r11; movabs $switch, %rax; jmp *%rax.
void* g0Stub(void* target) {
  static std::mutex mu;
  static std::map<void*, void*> stubs;
  static uint8_t* page = nullptr;
  static size_t used = 0;
  constexpr size_t pageSize = 64 << 10, stubSize = 32;
  std::lock_guard<std::mutex> g(mu);
  if (auto it = stubs.find(target); it != stubs.end()) return it->second;
  if (page == nullptr || used + stubSize > pageSize) {
    void* p = mmap(nullptr, pageSize, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
    if (p == MAP_FAILED) return target;
    page = static_cast<uint8_t*>(p);
    used = 0;
  }
  uint8_t* s = page + used;
  used += stubSize;
  auto sw = reinterpret_cast<uint64_t>(&gorun_systemstack_switch);
  auto t = reinterpret_cast<uint64_t>(target);
  s[0] = 0x49, s[1] = 0xBB;
  std::memcpy(s + 2, &t, 8);
  s[10] = 0x48, s[11] = 0xB8;
  std::memcpy(s + 12, &sw, 8);
  s[20] = 0xFF, s[21] = 0xE0;
  stubs[target] = s;
  return s;
}

std::vector<std::pair<const char*, void*>> symbolTable() {
  auto fn = [](auto* f) { return reinterpret_cast<void*>(f); };
  return {
      {"runtime.mallocgc", fn(&gorun_mallocgc)},
      {"runtime.makeslice", fn(&gorun_makeslice)},
      {"runtime.growslice", fn(&gorun_growslice)},

      {"runtime.panicIndex", fn(&gorun_panicIndex)},
      {"runtime.panicSliceAlen", fn(&gorun_panicSliceAlen)},
      {"runtime.panicSliceAcap", fn(&gorun_panicSliceAcap)},
      {"runtime.panicSliceB", fn(&gorun_panicSliceB)},
      {"runtime.panicSlice3Alen", fn(&gorun_panicSlice3Alen)},
      {"runtime.panicSlice3Acap", fn(&gorun_panicSlice3Acap)},
      {"runtime.panicSlice3B", fn(&gorun_panicSlice3B)},
      {"runtime.panicSlice3C", fn(&gorun_panicSlice3C)},
      {"runtime.panicdivide", fn(&gorun_panicdivide)},
      {"runtime.panicmem", fn(&gorun_panicmem)},
      {"runtime.panicshift", fn(&gorun_panicshift)},
      {"runtime.gopanic", fn(&gorun_gopanic)},

      {"runtime.concatstrings", fn(&gorun_concatstrings)},
      {"runtime.cmpstring", fn(&gorun_cmpstring)},
      {"runtime.intstring", fn(&gorun_intstring)},
      {"runtime.slicebytetostring", fn(&gorun_slicebytetostring)},
      {"runtime.stringtoslicebyte", fn(&gorun_stringtoslicebyte)},
      {"runtime.stringtoslicerune", fn(&gorun_stringtoslicerune)},
      {"runtime.slicerunetostring", fn(&gorun_slicerunetostring)},
      {"runtime.decoderune", fn(&gorun_decoderune)},

      {"runtime.printbool", fn(&gorun_printbool)},
      {"runtime.printint", fn(&gorun_printint)},
      {"runtime.printuint", fn(&gorun_printuint)},
      {"runtime.printfloat", fn(&gorun_printfloat)},
      {"runtime.printcomplex", fn(&gorun_printcomplex)},
      {"runtime.printstring", fn(&gorun_printstring)},
      {"runtime.printpointer", fn(&gorun_printpointer)},
      {"runtime.printslice", fn(&gorun_printslice)},
      {"runtime.printeface", fn(&gorun_printeface)},
      {"runtime.printsp", fn(&gorun_printsp)},
      {"runtime.printnl", fn(&gorun_printnl)},

      {"runtime.getitab", fn(&gorun_getitab)},
      {"runtime.panicdottype", fn(&gorun_panicdottype)},
      {"runtime.efaceeq", fn(&gorun_efaceeq)},
      {"runtime.additabs", fn(&gorun_additabs)},
      {"runtime.replMethods", fn(&gorun_replMethods)},

      // defer, panic, recover (defer.cpp)
      {"runtime.deferframe", fn(&gorun_deferframe)},
      {"runtime.deferproc", fn(&gorun_deferproc)},
      {"runtime.deferpop", fn(&gorun_deferpop)},
      {"runtime.deferlanding", fn(&gorun_deferlanding)},
      {"runtime.gorecover", fn(&gorun_gorecover)},
      {"runtime.panicnilmap", fn(&gorun_panicnilmap)},
      {"runtime.growstack16k", fn(&gorun_growstack16k)},
      {"__gxx_personality_v0", fn(&__gxx_personality_v0)},
      {"_Unwind_Resume", fn(&_Unwind_Resume)},
      // maps (map.cpp)
      {"runtime.makemap", fn(&gorun_makemap)},
      {"runtime.mapaccess1", fn(&gorun_mapaccess1)},
      {"runtime.mapaccess2", fn(&gorun_mapaccess2)},
      {"runtime.mapassign", fn(&gorun_mapassign)},
      {"runtime.mapdelete", fn(&gorun_mapdelete)},
      {"runtime.mapclear", fn(&gorun_mapclear)},
      {"runtime.mapiterinit", fn(&gorun_mapiterinit)},
      {"runtime.mapiternext", fn(&gorun_mapiternext)},

      {"__morestack", fn(&__morestack)},
      {"memmove", fn(&std::memmove)},
      {"memset", fn(&std::memset)},
      {"memcmp", fn(&std::memcmp)},

      {"fmt.Print$native", fn(&fmt_Print)},
      {"fmt.Println$native", fn(&fmt_Println)},
      {"fmt.Printf$native", fn(&fmt_Printf)},
      {"fmt.Sprint$native", fn(&fmt_Sprint)},
      {"fmt.Sprintln$native", fn(&fmt_Sprintln)},
      {"fmt.Sprintf$native", fn(&fmt_Sprintf)},
      {"fmt.sscan$native", fn(&fmt_sscan)},
      {"os.runtime_args$native", fn(&os_runtime_args)},
      {"os.Exit$native", fn(&os_Exit)},
      {"os.Getpid$native", fn(&os_Getpid)},
      {"os.unlink$native", fn(&os_unlink)},
      {"os.rmdir$native", fn(&os_rmdir)},
      {"os.stat$native", fn(&os_stat)},
      {"math.Float32bits$native", fn(&math_Float32bits)},
      {"math.Float32frombits$native", fn(&math_Float32frombits)},
      {"math.Float64bits$native", fn(&math_Float64bits)},
      {"math.Float64frombits$native", fn(&math_Float64frombits)},
      {"math.archSqrt$native", fn(&math_archSqrt)},
      {"math.archFloor$native", fn(&math_archFloor)},
      {"math.archCeil$native", fn(&math_archCeil)},
      {"math.archTrunc$native", fn(&math_archTrunc)},
      {"math.cpuHasFMA$native", fn(&math_cpuHasFMA)},
      {"math/bits.panicOverflow$native", fn(&math_bits_panicOverflow)},
      {"math/bits.panicDivide$native", fn(&math_bits_panicDivide)},
      {"errors.comparable$native", fn(&errors_comparable)},
      {"errors.checkAsTarget$native", fn(&errors_checkAsTarget)},
      {"errors.assignTo$native", fn(&errors_assignTo)},
      {"sort.sliceHeader$native", fn(&sort_sliceHeader)},
      {"sort.swapElems$native", fn(&sort_swapElems)},
      {"syscall.open$native", fn(&syscall_open)},
      {"syscall.read$native", fn(&syscall_read)},
      {"syscall.write$native", fn(&syscall_write)},
      {"syscall.closeFd$native", fn(&syscall_closeFd)},
      {"syscall.getenv$native", fn(&syscall_getenv)},
      {"syscall.setenv$native", fn(&syscall_setenv)},
      {"syscall.unsetenv$native", fn(&syscall_unsetenv)},

      {"runtime.newproc", fn(&gorun_newproc)},
      {"runtime.preemptPoll", fn(&gorun_preemptPoll)},
      {"runtime.setmaxprocs$native", fn(&runtime_setmaxprocs)},
      {"runtime.procsSettled$native", fn(&runtime_procsSettled)},
      {"runtime.NumGoroutine$native", fn(&runtime_NumGoroutine)},
      {"runtime.NumCPU$native", fn(&runtime_NumCPU)},
      {"runtime.Gosched$native", fn(&runtime_Gosched)},
      {"runtime.Goexit$native", fn(&runtime_Goexit)},
      {"runtime.GC$native", fn(&runtime_GC)},
      {"runtime.ReadMemStats$native", fn(&runtime_ReadMemStats)},
      {"runtime.KeepAlive$native", fn(&runtime_KeepAlive)},
      {"sync.runtime_Semacquire$native", fn(&sync_runtime_Semacquire)},
      {"sync.runtime_Semrelease$native", fn(&sync_runtime_Semrelease)},
      {"sync.fatal$native", fn(&sync_fatal)},
      {"time.Sleep$native", fn(&time_Sleep)},
      {"time.runtimeNano$native", fn(&time_runtimeNano)},
  };
}

}  // namespace

std::vector<std::pair<const char*, void*>> runtimeSymbols() {
  auto table = symbolTable();
  for (auto& [name, addr] : table) {
    bool direct = false;
    for (std::string_view d : onGoroutineStack) direct |= d == name;
    if (!direct) addr = g0Stub(addr);
  }
  // Channels, select, timers, sync/atomic (chan_symbols.cpp).
  for (const SymbolEntry& e : chanSymbols())
    table.emplace_back(e.name, e.direct ? e.addr : g0Stub(e.addr));
  // package net (native_net.cpp, netpoll.cpp; issue 8).
  for (const SymbolEntry& e : netSymbols())
    table.emplace_back(e.name, e.direct ? e.addr : g0Stub(e.addr));
  return table;
}

}  // namespace gorun::runtime
