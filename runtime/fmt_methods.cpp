// fmt's handleMethods (Go's fmt/print.go): the Stringer, error and
// GoStringer methods of the value being printed, found in its type
// descriptor's method table and called through iface.cpp's helper.
//
// Go asks `p.arg.(error)` then `p.arg.(Stringer)` for the verbs v s x X q
// (and GoStringer for %#v); the value is the interface's dynamic value, so
// only its own method set counts: a T value does not use (*T).String, a *T
// does use T.String. Formatter is not supported (it needs fmt.State).
//
// A nil pointer receiver: Go calls the method and, if it panics (a value
// method's wrapper always does, a pointer method usually does),
// catchPanic prints "<nil>". Without recover in the runtime we cannot
// catch, so a nil pointer prints "<nil>" without calling; a pointer
// method that handles nil itself is the (rare) case where Go prints
// something else. Other panics in String methods are not caught yet.
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
  } else {
    switch (verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q':
        fn = findMethod(t, "Error", "func() string");
        if (fn == nullptr) fn = findMethod(t, "String", "func() string");
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
  if (t->kind == Kind::Pointer && data == nullptr) {
    // Not called: see the file comment.
    r.nilReceiver = true;
    return r;
  }
  GoString s = callStringMethod(fn, data);
  r.s.assign(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
  return r;
}

bool isError(const GoType* t) { return findMethod(t, "Error", "func() string") != nullptr; }

}  // namespace gorun::runtime::gofmt
