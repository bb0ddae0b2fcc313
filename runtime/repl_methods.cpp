// Methods declared at the REPL on a type of an earlier input (frontend/
// repl.h, jit/repl_methods.cpp): runtime.replMethods.
//
// A Go programmer expects `type T ...` followed, inputs later, by `func (t T)
// String() string` to behave as if both had been in one program: T{3}
// prints through String, T satisfies interfaces with it, and so do the T
// values made before the method existed. The type stays the same type
// (its descriptor, and every value and variable of it), so what changes is
// its method set: the input that declares the methods replaces the method
// tables of the descriptors concerned (T, *T, the types embedding T) when
// it runs, before its own code, and itabsRetarget (iface.cpp) points the
// itabs of those types at the new entries. Code compiled earlier that
// calls a redefined method directly keeps calling the old one, as it
// keeps calling an old function (the REPL's rule for redefinitions); calls
// through interfaces, and fmt, use the new one.
//
// Readers of a descriptor's method table (getitab, fmt's findMethod, the
// JIT's itabs) take no lock, and GoType::methods and nmethods are two
// words: the tables are replaced with the world stopped, when no goroutine
// is between reading one and the other.
#include "runtime/iface.h"
#include "runtime/sched.h"

using namespace gorun::runtime;

extern "C" void gorun_replMethods(const GoMethodTable* tables, int64_t n) {
  stopTheWorldGC();
  for (int64_t i = 0; i < n; i++) {
    GoType* t = tables[i].type;
    t->methods = tables[i].methods;
    t->nmethods = tables[i].nmethods;
    itabsRetarget(t);
  }
  startTheWorldGC();
}
