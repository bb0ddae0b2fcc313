// Interfaces in the runtime (Go's iface.go): itabs for dynamic
// conversions, method lookup in type descriptors, interface equality, and
// the one way C++ runtime code calls a Go method.
#pragma once

#include "runtime/type.h"

#include <string_view>

namespace gorun::runtime {

// Go's getitab: the itab pairing interface type `inter` with concrete type
// `typ`, built on first use and cached (per process, under a lock). When
// typ is nullptr or lacks a method: nullptr if canfail, else a throw (the
// JIT passes !canfail only for conversions the checker proved; a failed
// assertion panics through runtime.panicdottype, on the goroutine stack).
const GoItab* getitab(const GoType* inter, const GoType* typ, bool canfail);

// Go's itabsinit for a module's static itabs that may need retargeting (a
// REPL module's itabs of REPL types, which are writable): they join the
// cache, and itabsRetarget keeps them current.
void addItabs(GoItab* const* tabs, int64_t n);

// t's method table was replaced (with the world stopped): every itab of t
// calls t's new entries for the methods whose name and type are unchanged,
// and the cache forgets t's itabs that failed or no longer match, so they
// are built again against the new table.
void itabsRetarget(const GoType* t);

// The entry of method `name` with func type string `sig` (as %T prints
// it, "func() string") in t's method table, or nullptr.
void* findMethod(const GoType* t, std::string_view name, std::string_view sig);

// Calls a Go method entry of type func() string (an ifn from a method
// table or itab) with the interface data word `data` as receiver.
// Every call from C++ into JIT code goes through here (see HACKING.md,
// "Calling Go from the runtime").
GoString callStringMethod(void* ifn, void* data);

// callStringMethod for fmt: a panic in the method is recovered, as Go's
// fmt.catchPanic does (defer.cpp's callRecovering). Returns true with
// the result in *out, or false with the panic's value in *panicValue
// (nil type for panic(nil)). Called from runtime code on g0.
bool callStringMethodRecovering(void* ifn, void* data, GoString* out, GoEface* panicValue);

// Go's efaceeq over two arbitrary interface values: same dynamic type and
// equal values; panics "comparing uncomparable type T".
bool efaceEqual(const GoEface* x, const GoEface* y, void* fp);

// preprintpanics + printpanicval for values with an Error or String
// method: prints v.Error() / v.String() and returns true.
bool printpanicvalMethods(const GoEface* v);

}  // namespace gorun::runtime

extern "C" {
using gorun::runtime::GoEface;
using gorun::runtime::GoType;
// runtime.getitab (the JIT's dynamic conversions, assertions, type switches).
const gorun::runtime::GoItab* gorun_getitab(const GoType* inter, const GoType* typ, bool canfail);
// runtime.panicdottype: x.(T) failed. have: x's dynamic type (null: nil),
// iface: x's static interface type (null: print "interface"). Panics with
// a *runtime.TypeAssertionError, recoverable: bound directly (it runs on
// the goroutine stack, as the panic entries of panic.cpp do).
[[noreturn]] void gorun_panicdottype(const GoType* have, const GoType* want, const GoType* iface);
// runtime.efaceeq: x == y for two interface values (as efaces); 1 or 0.
int64_t gorun_efaceeq(const GoEface* x, const GoEface* y);
// runtime.additabs: addItabs, from a REPL module's initialiser.
void gorun_additabs(gorun::runtime::GoItab* const* tabs, int64_t n);
// runtime.replMethods (repl_methods.cpp): replaces the method tables of
// the descriptors of REPL types, from the initialiser of the input that
// declared methods on them.
void gorun_replMethods(const gorun::runtime::GoMethodTable* tables, int64_t n);
}
