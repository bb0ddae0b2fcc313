// Runtime type descriptors and the memory layout of Go values (amd64).
//
// The JIT emits one GoType per type a program uses (as a constant global
// named "type:<typestring>"); the runtime reads them to print values (fmt's
// %v and %T), to compare and hash (interfaces, maps), and later to scan the
// heap precisely (GC). This header is the contract between jit/ and
// runtime/: both sides must agree on every offset, so it is plain C layout.
//
// Value layouts:
//   string          GoString {ptr, len}
//   slice           GoSlice {ptr, len, cap}
//   interface{}     GoEface {type, data}
//   non-empty iface GoIface {itab, data}
//   map, chan, func, pointer: one pointer (func: to a closure {code, ...})
//   int/uint/uintptr: 64 bits; bool: one byte (0 or 1)
// An interface's data word holds the value itself when the dynamic type is
// pointer-shaped (isDirectIface), else a pointer to a heap copy.
#pragma once

#include <cstdint>

namespace gorun::runtime {

// reflect.Kind numbering.
enum class Kind : uint8_t {
  Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
  Uintptr, Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map,
  Pointer, Slice, String, Struct, UnsafePointer,
};

struct GoString {
  const uint8_t* ptr;
  int64_t len;
};

struct GoSlice {
  void* ptr;
  int64_t len;
  int64_t cap;
};

struct GoType;

struct GoEface {
  const GoType* type;
  void* data;
};

struct GoStructField {
  GoString name;
  const GoType* type;
  uint64_t offset;
  uint8_t embedded;
  uint8_t exported;
};

// A method in a named type's method table, sorted by name. `ifn` is the
// entry called through an interface (receiver = the data word).
struct GoMethod {
  GoString name;
  const GoType* type;  // the method's func type, without receiver
  void* ifn;
};

enum TypeFlags : uint8_t {
  TypeFlagNamed = 1,         // a defined (named) type
  TypeFlagDirectIface = 2,   // stored directly in an interface's data word
  TypeFlagComparable = 4,
  TypeFlagGCData = 8,        // ptrdata and gcdata are set (addition, issue 6)
};

struct GoType {
  uint64_t size;
  uint32_t align;
  Kind kind;
  uint8_t flags;      // TypeFlags
  uint8_t chanDir;    // chan: 1 recv, 2 send, 3 both (reflect.ChanDir)
  uint8_t variadic;   // func
  GoString str;       // as %T prints it: "int", "main.Point", "[]string"
  const GoType* elem; // array, chan, map (value), pointer, slice
  const GoType* key;  // map
  int64_t len;        // array length; struct: number of fields
  const GoStructField* fields;  // struct
  const GoType* const* params;  // func: params then results
  int32_t nparams, nresults;    // func
  const GoMethod* methods;      // named types: value-receiver method table
  int64_t nmethods;             // interface: method names in `methods`
  const GoType* ptrToThis;      // *T when the program uses it, else nullptr
  // --- Additions (GC, issue 6), valid only when flags has TypeFlagGCData
  // (descriptors the runtime defines itself may lack them; the collector
  // then derives the mask from kind/elem/fields, mbitmap.cpp):
  uint64_t ptrdata;             // bytes of the prefix holding pointers (0: none)
  const uint8_t* gcdata;        // bit i (LSB first) = word i is a pointer, over ptrdata
};

inline bool isDirectIface(const GoType* t) { return t->flags & TypeFlagDirectIface; }

// --- Additions (runtime milestone 1), additive only.

// The method table that pairs an interface type with a concrete type, as
// Go's itab: a non-empty interface value is {itab, data}. fun[i] is the
// concrete type's implementation of the interface's i-th method (in the
// interface's sorted method order); the array extends past its declared
// length.
struct GoItab {
  const GoType* inter;  // the interface type
  const GoType* type;   // the dynamic (concrete) type
  uint32_t hash;        // copy of the type's hash, for type switches
  uint32_t pad;
  void* fun[1];
};

// A non-empty interface value. A nil interface has tab == nullptr.
struct GoIface {
  const GoItab* tab;
  void* data;
};

// --- Addition (REPL methods). A REPL input that declares methods on a
// type of an earlier input gives that type's descriptor (writable, as is
// every descriptor of a REPL type) a new method table when it runs:
// runtime.replMethods (runtime/repl_methods.cpp), jit/repl_methods.cpp.
struct GoMethodTable {
  GoType* type;
  const GoMethod* methods;
  int64_t nmethods;
};

}  // namespace gorun::runtime
