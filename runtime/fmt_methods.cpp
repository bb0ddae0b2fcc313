// fmt's handleMethods (Go's fmt/print.go): the Stringer, error and
// GoStringer methods of the value being printed, found in its type
// descriptor's method table and called through iface.cpp's helper.
//
// Go asks `p.arg.(error)` then `p.arg.(Stringer)` for the verbs v s x X q
// (and GoStringer for %#v); the value is the interface's dynamic value, so
// only its own method set counts: a T value does not use (*T).String, a *T
// does use T.String. Formatter is not supported (it needs fmt.State).
//
// Panics. Go's handleMethods defers catchPanic around the call, so a
// panic in the method never leaves fmt: it prints "%!v(PANIC=String
// method: <value>)", or "<nil>" when the receiver is a nil pointer (a
// value method's wrapper always panics then, a pointer method usually
// does; one that handles nil itself is called and prints its result).
// The method runs on g0, called back from this C++ code:
// callStringMethodRecovering (defer.cpp's callRecovering) runs the
// deferred calls the method made, which may recover themselves, and
// otherwise unwinds the method's frames back to here with the panic's
// value. fmt_print.cpp's catchPanic prints it.
#include "runtime/fmt_methods.h"

#include "runtime/iface.h"

#include <cstring>

namespace gorun::runtime::gofmt {

MethodResult callFmtMethod(const GoType* t, const void* ptr, bool sharpV, int32_t verb) {
  MethodResult r;
  if (t == nullptr || t->nmethods == 0 || t->kind == Kind::Interface) return r;
  void* fn = nullptr;
  if (sharpV) {
    fn = findMethod(t, "GoString", "func() string");
    r.goString = fn != nullptr;
    r.method = "GoString";
  } else {
    switch (verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q':
        fn = findMethod(t, "Error", "func() string");
        r.method = "Error";
        if (fn == nullptr) {
          fn = findMethod(t, "String", "func() string");
          r.method = "String";
        }
        break;
      default: break;
    }
  }
  if (fn == nullptr) return r;
  void* data;
  if (isDirectIface(t)) {
    std::memcpy(&data, ptr, sizeof data);
  } else {
    data = const_cast<void*>(ptr);
  }
  r.handled = true;
  GoString s{};
  if (!callStringMethodRecovering(fn, data, &s, &r.panicValue)) {
    r.panicked = true;
    return r;
  }
  r.s.assign(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
  return r;
}

bool isError(const GoType* t) { return findMethod(t, "Error", "func() string") != nullptr; }

}  // namespace gorun::runtime::gofmt
