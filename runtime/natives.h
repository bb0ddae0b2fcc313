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

// os (native_os.cpp): runtime_args, Exit.
void os_runtime_args(void* r, const void* p);
void os_Exit(void* r, const void* p);

// The arguments start() was given (proc.cpp).
const std::vector<std::string>& goargs();

// A Go string holding a copy of s, allocated with gorun_mallocgc.
GoString gostring(std::string_view s);

}  // namespace gorun::runtime
