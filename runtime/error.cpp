// Printing panic values (Go's error.go: printpanicval, printanycustomtype).
//
// panic(v) prints v as the builtin print would for the basic types; a
// defined type with a basic underlying kind as main.T(value) (strings
// quoted: main.S("x")); anything else as (main.T) 0xADDR, the address of
// the value's storage (or the pointer itself for pointer-shaped types).
// Go first replaces an error or Stringer by v.Error()/v.String()
// (preprintpanics): printpanicvalMethods (iface.cpp) does that.
#include "runtime/abi.h"
#include "runtime/iface.h"
#include "runtime/runtime2.h"

#include <cstring>

namespace gorun::runtime {
namespace {

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::string_view typeString(const GoType* t) {
  return {reinterpret_cast<const char*>(t->str.ptr), static_cast<size_t>(t->str.len)};
}

// The value's basic form as print(v) writes it. Returns false for
// composite kinds.
bool printBasic(Kind k, const void* p) {
  switch (k) {
    case Kind::Bool: printbool(load<uint8_t>(p) != 0); return true;
    case Kind::Int:
    case Kind::Int64: printint(load<int64_t>(p)); return true;
    case Kind::Int8: printint(load<int8_t>(p)); return true;
    case Kind::Int16: printint(load<int16_t>(p)); return true;
    case Kind::Int32: printint(load<int32_t>(p)); return true;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: printuint(load<uint64_t>(p)); return true;
    case Kind::Uint8: printuint(load<uint8_t>(p)); return true;
    case Kind::Uint16: printuint(load<uint16_t>(p)); return true;
    case Kind::Uint32: printuint(load<uint32_t>(p)); return true;
    case Kind::Float32: printfloat(load<float>(p)); return true;
    case Kind::Float64: printfloat(load<double>(p)); return true;
    case Kind::Complex64: {
      auto c = static_cast<const float*>(p);
      gorun_printcomplex(load<float>(c), load<float>(c + 1));
      return true;
    }
    case Kind::Complex128: {
      auto c = static_cast<const double*>(p);
      gorun_printcomplex(load<double>(c), load<double>(c + 1));
      return true;
    }
    case Kind::String: {
      auto s = load<GoString>(p);
      printstring({reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)});
      return true;
    }
    default: return false;
  }
}

}  // namespace

void printpanicval(const GoEface* v) {
  const GoType* t = v->type;
  if (t == nullptr) {
    printstring("nil");
    return;
  }
  // preprintpanics: an error or Stringer prints v.Error() / v.String().
  if (printpanicvalMethods(v)) return;
  const void* p = isDirectIface(t) ? static_cast<const void*>(&v->data) : v->data;
  const bool named = t->flags & TypeFlagNamed;
  if (!named && printBasic(t->kind, p)) return;
  switch (t->kind) {
    case Kind::Complex64:
    case Kind::Complex128:
      // Go prints no parentheses of its own here: print(complex) has them.
      printstring(typeString(t));
      printBasic(t->kind, p);
      return;
    case Kind::String:
      printstring(typeString(t));
      printstring("(\"");
      printBasic(t->kind, p);
      printstring("\")");
      return;
    default:
      break;
  }
  if (t->kind != Kind::Invalid && t->kind < Kind::Array) {
    printstring(typeString(t));
    printstring("(");
    printBasic(t->kind, p);
    printstring(")");
    return;
  }
  printstring("(");
  printstring(typeString(t));
  printstring(") ");
  printpointer(v->data);
}

}  // namespace gorun::runtime
