// fmt's handleMethods over type descriptors (fmt_methods.cpp).
#pragma once

#include "runtime/type.h"

#include <cstdint>
#include <string>

namespace gorun::runtime::gofmt {

struct MethodResult {
  bool handled = false;      // a method applies: print s (or "<nil>")
  bool goString = false;     // s came from GoString (%#v): print it as is
  bool nilReceiver = false;  // a nil pointer with a value method: "<nil>"
  std::string s;
};

// Calls the Error, String or (sharpV) GoString method of the value of type
// t stored at ptr, as Go's handleMethods chooses for `verb`.
MethodResult callFmtMethod(const GoType* t, const void* ptr, bool sharpV, int32_t verb);

// t has an Error() string method (implements error).
bool isError(const GoType* t);

}  // namespace gorun::runtime::gofmt
