// runtimeSymbols(): every host symbol JIT code may reference, bound into
// each JITDylib with absoluteSymbols. Runtime entry points are named as in
// Go ("runtime.panicIndex"), natives "<pkg>.<Name>$native", and the libc
// and split-stack symbols LLVM emits calls to under their own names.
#include "runtime/abi.h"
#include "runtime/natives.h"

#include <cstring>

namespace gorun::runtime {

std::vector<std::pair<const char*, void*>> runtimeSymbols() {
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
      {"os.runtime_args$native", fn(&os_runtime_args)},
      {"os.Exit$native", fn(&os_Exit)},
  };
}

}  // namespace gorun::runtime
