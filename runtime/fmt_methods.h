// fmt's handleMethods over type descriptors (fmt_methods.cpp).
#pragma once

#include "runtime/type.h"

#include <cstdint>
#include <string>

namespace gorun::runtime::gofmt {

struct MethodResult {
  bool handled = false;   // a method applies: print s, or the panic
  bool goString = false;  // s came from GoString (%#v): print it as is
  std::string s;
  // The method panicked: Go's catchPanic prints "%!verb(PANIC=<method>
  // method: <value>)", or "<nil>" for a nil pointer receiver.
  bool panicked = false;
  GoEface panicValue{};          // what recover() returned (nil type: panic(nil))
  const char* method = nullptr;  // "Error", "String" or "GoString"
};

// Calls the Error, String or (sharpV) GoString method of the value of type
// t stored at ptr, as Go's handleMethods chooses for `verb`, recovering a
// panic in it. On g0 (runtime code the JIT called).
MethodResult callFmtMethod(const GoType* t, const void* ptr, bool sharpV, int32_t verb);

// t has an Error() string method (implements error).
bool isError(const GoType* t);

}  // namespace gorun::runtime::gofmt
