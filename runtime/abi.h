// The C ABI between JIT-compiled code and the runtime.
//
// JIT code calls these under Go-style names ("runtime.panicIndex"); the JIT
// binds each name to the C function below with absoluteSymbols, from the
// table that runtimeSymbols() returns. Only scalars and pointers cross this
// boundary: aggregates (strings, slices, interfaces) are passed and returned
// through pointers, so that the LLVM IR side never depends on how the C ABI
// classifies a struct.
//
// Natives of the standard library (bodyless Go functions such as
// fmt.Println) use one uniform convention, so the lowering needs no table:
//     void <pkg>.<Name>$native(Results* r, const Params* p)
// where Params and Results are structs with Go's layout of the parameters and
// the results in order (a variadic ...T parameter is a []T). Either pointer is
// null when the list is empty.
#pragma once

#include "runtime/type.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace gorun::runtime {

// Every symbol the JIT may reference, with its address.
std::vector<std::pair<const char*, void*>> runtimeSymbols();

// A Go function as the JIT compiles it: the first parameter is the closure
// context (nullptr for a top-level function called directly).
using GoEntry = void (*)(void* closure);

// Runs `entry` (package initialisation, then main.main) as the main
// goroutine with `args` as os.Args, then exits the process: status 0 when
// main returns, 2 after a panic or fatal error. Never returns.
[[noreturn]] void start(GoEntry entry, std::vector<std::string> args);

// The pages of the shared library whose path contains `name` (libpages.cpp):
// mapped one by one as they are touched, not 16 at a time (call first
// thing), and dropped from the process once compiling is over.
void mapLibraryByPage(const char* name);
void releaseLibraryPages(const char* name);
// The library's code will never run again: every page of it is dropped,
// private (relocated) ones too, and its mappings made inaccessible.
void retireLibrary(const char* name);

// Registers a function's code range for tracebacks (Go's name, e.g.
// "main.main"). Called by the JIT once code is materialised.
void registerFunc(uintptr_t start, uintptr_t end, const char* name);

// --- Additions (runtime milestone 1), additive only.

// What a traceback knows about one JIT function. `file` is the path Go
// would print ("/home/u/prog.go"); `lines` maps code offsets (from start)
// to source lines, sorted by offset, each entry covering the code up to the
// next: a frame's line is that of the last entry at or before its pc.
// With no lines the function's declaration line is printed; with neither,
// "?:0". `hasParams` false prints "main.main()", true "main.f(...)" (the
// argument words are not recorded).
struct FuncInfo {
  uintptr_t start = 0, end = 0;
  std::string name;
  std::string file;
  int32_t line = 0;
  std::vector<std::pair<uint32_t, int32_t>> lines;
  bool hasParams = true;
};
void registerFunc(FuncInfo info);

// Forgets the functions in [start, end), for a REPL input whose code is
// removed (its ResourceTracker).
void unregisterFuncs(uintptr_t start, uintptr_t end);

// --- Addition (GC, issue 6). Registers a JIT module's root table with
// the collector: {int64 n; struct {void* p; int64 size;} e[n]}, the
// module's mutable globals (jit/gcdata.cpp), scanned at every collection.
void registerGlobalRoots(const void* table);
// --- Addition (REPL). Forgets a table registered above, before the
// module that holds it is removed.
void unregisterGlobalRoots(const void* table);
// --- Addition (GC). The JIT emits optimised code (-O), whose loops may
// keep only an end pointer, one past an object, live across a safepoint
// (loop strength reduction): from now on a conservative root that points
// at an object's first byte also marks the object before it.
void gcKeepEndPointers();

struct DecodeRuneResult {
  int32_t r;    // the rune (0xFFFD for invalid encodings)
  int64_t pos;  // index just after it
};

}  // namespace gorun::runtime

extern "C" {
using gorun::runtime::GoEface;
using gorun::runtime::GoSlice;
using gorun::runtime::GoString;
using gorun::runtime::GoType;

// --- Memory (runtime.mallocgc): the one allocation entry point. Returns
// zeroed memory for `size` bytes of values of type `typ` (typ may be null for
// pointer-free byte buffers).
void* gorun_mallocgc(uint64_t size, const GoType* typ);
// runtime.makeslice: backing array for make([]T, len, cap); panics
// "makeslice: len out of range" / "makeslice: cap out of range".
void* gorun_makeslice(const GoType* elem, int64_t len, int64_t cap);
// runtime.growslice: append's slow path. Returns in *out a slice of length
// newLen whose first oldLen elements are copied from old; capacity grows as
// Go's growslice does (double below 256 elements, then 1.25x + 192, rounded
// to size classes).
void gorun_growslice(GoSlice* out, const GoType* elem, const GoSlice* old, int64_t newLen);

// --- Panics (all noreturn). Messages exactly as Go's runtime prints them.
[[noreturn]] void gorun_panicIndex(int64_t x, int64_t len);       // index out of range [x] with length len
[[noreturn]] void gorun_panicSliceAlen(int64_t x, int64_t y);     // slice bounds out of range [:x] with length y
[[noreturn]] void gorun_panicSliceAcap(int64_t x, int64_t y);     // [:x] with capacity y
[[noreturn]] void gorun_panicSliceB(int64_t x, int64_t y);        // [x:y]
[[noreturn]] void gorun_panicSlice3Alen(int64_t x, int64_t y);    // [::x] with length y
[[noreturn]] void gorun_panicSlice3Acap(int64_t x, int64_t y);    // [::x] with capacity y
[[noreturn]] void gorun_panicSlice3B(int64_t x, int64_t y);       // [:x:y]
[[noreturn]] void gorun_panicSlice3C(int64_t x, int64_t y);       // [x:y:]
[[noreturn]] void gorun_panicdivide();                            // integer divide by zero
[[noreturn]] void gorun_panicmem();                               // invalid memory address or nil pointer dereference
[[noreturn]] void gorun_panicshift();                             // negative shift amount
[[noreturn]] void gorun_gopanic(const GoEface* v);                // panic(v)

// --- Strings
void gorun_concatstrings(GoString* out, const GoString* parts, int64_t n);
int64_t gorun_cmpstring(const GoString* a, const GoString* b);  // -1, 0, 1
void gorun_intstring(GoString* out, int64_t v);                   // string(rune(v))
void gorun_slicebytetostring(GoString* out, const uint8_t* p, int64_t n);
void gorun_stringtoslicebyte(GoSlice* out, const GoString* s);
void gorun_stringtoslicerune(GoSlice* out, const GoString* s);
void gorun_slicerunetostring(GoString* out, const int32_t* p, int64_t n);
// for i, r := range s: decodes the rune at s[k].
void gorun_decoderune(gorun::runtime::DecodeRuneResult* out, const GoString* s, int64_t k);

// --- Builtin print/println (to stderr, Go's formats: floats as
// +1.500000e+000, pointers as 0xc000012345).
void gorun_printbool(bool v);
void gorun_printint(int64_t v);
void gorun_printuint(uint64_t v);
void gorun_printfloat(double v);
void gorun_printcomplex(double re, double im);
void gorun_printstring(const GoString* s);
void gorun_printpointer(const void* p);
void gorun_printslice(const GoSlice* s);  // [len/cap]0xptr
void gorun_printeface(const GoEface* e);  // (0xtype,0xdata)
void gorun_printsp();
void gorun_printnl();

// --- Maps (map.cpp; jit/maps.cpp). A map is an HMap*; keys by address.
void* gorun_makemap(const GoType* mapType, int64_t hint);
void* gorun_mapaccess1(const GoType* mapType, void* h, const void* key);  // elem or zero value
void* gorun_mapaccess2(const GoType* mapType, void* h, const void* key);  // elem or null
void* gorun_mapassign(const GoType* mapType, void* h, const void* key);   // elem slot
void gorun_mapdelete(const GoType* mapType, void* h, const void* key);
void gorun_mapclear(const GoType* mapType, void* h);
void gorun_mapiterinit(const GoType* mapType, void* h, void* it);  // it: a MapIter (map.h)
void gorun_mapiternext(void* it);

// --- Stack (see DESIGN.md, "Goroutine stacks"). Reached only from the
// split-stack prologue, never called directly.
void __morestack();
}
