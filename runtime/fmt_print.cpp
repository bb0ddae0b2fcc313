// Go's fmt/print.go over type descriptors.
//
// Where Go's fmt holds a reflect.Value, we hold a Value: a type descriptor
// and the address of the value's storage. An interface argument becomes a
// Value by "unpacking" its data word: for a pointer-shaped type
// (TypeFlagDirectIface) the word is the value itself, so the Value points
// at the word; otherwise the word points at a copy of the value.
//
// The control flow mirrors print.go so that every corner (bad verbs inside
// slices, %!(EXTRA ...), Print's spacing rule, &{...} only at depth 0)
// falls out the same way. The error, Stringer and GoStringer methods
// (handleMethods) come from the descriptors' method tables, called through
// fmt_methods.cpp; Formatter is not supported. Maps
// print in fmtsort's key order (fmtsort.cpp).
//
// A panic in one of those methods is recovered (fmt_methods.cpp) and
// printed by catchPanic, as Go's. If printing its value panics too (the
// value's own Error method panics), Go re-panics with that value out of
// fmt: here catchPanic throws NestedPanic, which the entry points below
// catch once the Printer (its C++ buffers) is gone, then raise the panic
// (defer.h's panicFromRuntime).
#include "runtime/fmt.h"

#include "runtime/defer.h"
#include "runtime/fmt_format.h"
#include "runtime/fmtsort.h"
#include "runtime/fmt_methods.h"
#include "runtime/runtime2.h"
#include "runtime/utf8.h"

#include <cstring>

namespace gorun::runtime::gofmt {
namespace {

struct Value {
  const GoType* type = nullptr;  // null: the invalid Value (a nil interface)
  const void* ptr = nullptr;     // address of the value's storage
  // Reached through an unexported field: reflect's CanInterface is false,
  // so its methods are not used (handleMethods).
  bool noIface = false;

  bool valid() const { return type != nullptr; }
  Kind kind() const { return type ? type->kind : Kind::Invalid; }
  template <typename T>
  T load() const {
    T v;
    std::memcpy(&v, ptr, sizeof v);
    return v;
  }
  std::string_view typeString() const {
    return {reinterpret_cast<const char*>(type->str.ptr), static_cast<size_t>(type->str.len)};
  }
};

Value unpackEface(const GoEface* e) {
  if (e->type == nullptr) return {};
  if (isDirectIface(e->type)) return {e->type, &e->data};
  return {e->type, e->data};
}

// The dynamic value held by an interface-typed Value.
Value interfaceElem(const Value& v) {
  if (v.type->nmethods == 0) return unpackEface(static_cast<const GoEface*>(v.ptr));
  auto* i = static_cast<const GoIface*>(v.ptr);
  if (i->tab == nullptr) return {};
  GoEface e{i->tab->type, i->data};
  if (isDirectIface(e.type)) return {e.type, &i->data};
  return {e.type, e.data};
}

int64_t intValue(const Value& v) {
  switch (v.kind()) {
    case Kind::Int8: return v.load<int8_t>();
    case Kind::Int16: return v.load<int16_t>();
    case Kind::Int32: return v.load<int32_t>();
    default: return v.load<int64_t>();
  }
}

uint64_t uintValue(const Value& v) {
  switch (v.kind()) {
    case Kind::Uint8: return v.load<uint8_t>();
    case Kind::Uint16: return v.load<uint16_t>();
    case Kind::Uint32: return v.load<uint32_t>();
    default: return v.load<uint64_t>();
  }
}

// The uintptr that reflect.Value.Pointer reports: the pointer itself, a
// slice's array, a func's code pointer.
uintptr_t pointerValue(const Value& v) {
  switch (v.kind()) {
    case Kind::Slice: return reinterpret_cast<uintptr_t>(v.load<GoSlice>().ptr);
    case Kind::Func: {
      auto* closure = v.load<void* const*>();
      return closure ? reinterpret_cast<uintptr_t>(closure[0]) : 0;
    }
    default: return v.load<uintptr_t>();
  }
}

std::string_view stringValue(const Value& v) {
  auto s = v.load<GoString>();
  return {reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)};
}

// Thrown by catchPanic (see the file comment); the value is in the
// entry point's frame.
struct NestedPanic {};

// Go's pp: the state of one Sprint/Sprintf call.
class Printer {
 public:
  std::string buf;

  // repanic: where catchPanic leaves the value it re-panics with.
  explicit Printer(GoEface* repanic) : repanic(repanic) { fmt.buf = &buf; }

  void doPrint(const GoEface* a, size_t n);
  void doPrintln(const GoEface* a, size_t n);
  void doPrintf(std::string_view format, const GoEface* a, size_t n);

 private:
  Fmt fmt;
  // The value being printed, for badVerb's %!verb(type=value).
  Value value;
  bool reordered = false;
  bool goodArgNum = false;
  // Printing the value of a panic a method raised (Go's pp.panicking).
  bool panicking = false;
  GoEface* repanic;

  void printArg(const GoEface* arg, int32_t verb);
  void printValue(Value v, int32_t verb, int depth);
  bool handleMethods(const Value& v, int32_t verb);  // fmt_methods.cpp
  void catchPanic(const Value& v, const GoEface& err, int32_t verb, const char* method);
  void badVerb(int32_t verb);
  void writeRune(int32_t r);
  void fmtBool(bool v, int32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool isSigned, int32_t verb);
  void fmtFloat(double v, int size, int32_t verb);
  void fmtComplex(double re, double im, int size, int32_t verb);
  void fmtString(std::string_view v, int32_t verb);
  void fmtBytes(const Value& v, std::string_view bytes, bool isNil, int32_t verb,
                std::string_view typeString);
  void fmtPointer(const Value& v, int32_t verb);
  bool argNumber(int& argNum, std::string_view format, size_t& i, size_t numArgs);
};

void Printer::writeRune(int32_t r) {
  uint8_t enc[UTFMax];
  int n = encoderune(enc, r);
  buf.append(reinterpret_cast<const char*>(enc), static_cast<size_t>(n));
}

void Printer::badVerb(int32_t verb) {
  buf += "%!";
  writeRune(verb);
  buf += '(';
  if (value.valid()) {
    buf += value.typeString();
    buf += '=';
    printValue(value, 'v', 0);
  } else {
    buf += "<nil>";
  }
  buf += ')';
}

void Printer::fmtBool(bool v, int32_t verb) {
  if (verb == 't' || verb == 'v') {
    fmt.fmtBoolean(v);
  } else {
    badVerb(verb);
  }
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt.sharp;
  fmt.sharp = leading0x;
  fmt.fmtInteger(v, 16, false, 'v', ldigits);
  fmt.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt.sharpV && !isSigned) {
        fmt0x64(v, true);
      } else {
        fmt.fmtInteger(v, 10, isSigned, verb, ldigits);
      }
      break;
    case 'd': fmt.fmtInteger(v, 10, isSigned, verb, ldigits); break;
    case 'b': fmt.fmtInteger(v, 2, isSigned, verb, ldigits); break;
    case 'o':
    case 'O': fmt.fmtInteger(v, 8, isSigned, verb, ldigits); break;
    case 'x': fmt.fmtInteger(v, 16, isSigned, verb, ldigits); break;
    case 'X': fmt.fmtInteger(v, 16, isSigned, verb, udigits); break;
    case 'c': fmt.fmtC(v); break;
    case 'q': fmt.fmtQc(v); break;
    case 'U': fmt.fmtUnicode(v); break;
    default: badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, int32_t verb) {
  switch (verb) {
    case 'v': fmt.fmtFloat(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt.fmtFloat(v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt.fmtFloat(v, size, verb, 6); break;
    case 'F': fmt.fmtFloat(v, size, 'f', 6); break;
    default: badVerb(verb);
  }
}

void Printer::fmtComplex(double re, double im, int size, int32_t verb) {
  switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      bool oldPlus = fmt.plus;
      buf += '(';
      fmtFloat(re, size / 2, verb);
      // Imaginary part always has a sign.
      fmt.plus = true;
      fmtFloat(im, size / 2, verb);
      buf += "i)";
      fmt.plus = oldPlus;
      break;
    }
    default: badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt.sharpV) {
        fmt.fmtQ(v);
      } else {
        fmt.fmtS(v);
      }
      break;
    case 's': fmt.fmtS(v); break;
    case 'x': fmt.fmtSx(v, ldigits); break;
    case 'X': fmt.fmtSx(v, udigits); break;
    case 'q': fmt.fmtQ(v); break;
    default: badVerb(verb);
  }
}

// A []byte (or [N]byte under %s %q %x %X). v is the byte slice or array
// itself, printed element-wise for the other verbs.
void Printer::fmtBytes(const Value& v, std::string_view bytes, bool isNil, int32_t verb,
                       std::string_view typeString) {
  switch (verb) {
    case 'v':
    case 'd':
      if (fmt.sharpV) {
        buf += typeString;
        if (isNil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (size_t i = 0; i < bytes.size(); i++) {
          if (i > 0) buf += ", ";
          fmt0x64(static_cast<uint8_t>(bytes[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < bytes.size(); i++) {
          if (i > 0) buf += ' ';
          fmt.fmtInteger(static_cast<uint8_t>(bytes[i]), 10, false, verb, ldigits);
        }
        buf += ']';
      }
      break;
    case 's': fmt.fmtBs(bytes); break;
    case 'x': fmt.fmtSbx(bytes, ldigits); break;
    case 'X': fmt.fmtSbx(bytes, udigits); break;
    case 'q': fmt.fmtQ(bytes); break;
    default: printValue(v, verb, 0);
  }
}

void Printer::fmtPointer(const Value& v, int32_t verb) {
  switch (v.kind()) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::UnsafePointer: break;
    default: badVerb(verb); return;
  }
  uint64_t u = pointerValue(v);
  switch (verb) {
    case 'v':
      if (fmt.sharpV) {
        buf += '(';
        buf += v.typeString();
        buf += ")(";
        if (u == 0) {
          buf += "nil";
        } else {
          fmt0x64(u, true);
        }
        buf += ')';
      } else if (u == 0) {
        fmt.padString("<nil>");
      } else {
        fmt0x64(u, !fmt.sharp);
      }
      break;
    case 'p': fmt0x64(u, !fmt.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmtInteger(u, false, verb); break;
    default: badVerb(verb);
  }
}

void Printer::printArg(const GoEface* arg, int32_t verb) {
  value = unpackEface(arg);
  if (arg->type == nullptr) {
    if (verb == 'T' || verb == 'v') {
      fmt.padString("<nil>");
    } else {
      badVerb(verb);
    }
    return;
  }
  switch (verb) {
    case 'T': fmt.fmtS(value.typeString()); return;
    case 'p': fmtPointer(value, 'p'); return;
  }
  // Go's type switch on the basic types behaves as printValue at depth 0
  // does for their kinds. []byte is the exception: its case prints
  // %#v as "[]byte{...}" where printValue says "[]uint8{...}".
  const GoType* t = arg->type;
  if (t->kind == Kind::Slice && !(t->flags & TypeFlagNamed) && t->elem->kind == Kind::Uint8 &&
      !(t->elem->flags & TypeFlagNamed)) {
    auto s = value.load<GoSlice>();
    fmtBytes(value,
             std::string_view(static_cast<const char*>(s.ptr), static_cast<size_t>(s.len)),
             s.ptr == nullptr, verb, "[]byte");
    return;
  }
  if (verb == 'w') {
    // Errorf's %w (wrapErrs): an error prints as %v, anything else is bad.
    if (!gofmt::isError(t)) {
      badVerb(verb);
      return;
    }
    verb = 'v';
  }
  if (handleMethods(value, verb)) return;
  printValue(value, verb, 0);
}

bool Printer::handleMethods(const Value& v, int32_t verb) {
  MethodResult m = callFmtMethod(v.type, v.ptr, fmt.sharpV, verb);
  if (!m.handled) return false;
  if (m.panicked) {
    catchPanic(v, m.panicValue, verb, m.method);
  } else if (m.goString) {
    fmt.fmtS(m.s);
  } else {
    fmtString(m.s, verb);
  }
  return true;
}

// Go's catchPanic, after the method v's handleMethods called panicked
// with err (the value recover() returned).
void Printer::catchPanic(const Value& v, const GoEface& err, int32_t verb, const char* method) {
  if (err.type == nullptr) return;  // panic(nil): recover() says nil, nothing printed
  // A nil pointer receiver: "<nil>", unpadded.
  if (v.kind() == Kind::Pointer && v.load<void*>() == nullptr) {
    buf += "<nil>";
    return;
  }
  if (panicking) {
    // Nested panics; the recursion in printArg cannot succeed.
    *repanic = err;
    throw NestedPanic{};
  }
  Fmt old = fmt;
  // For this output we want default behavior.
  fmt.clearflags();
  buf += "%!";
  writeRune(verb);
  buf += "(PANIC=";
  buf += method;
  buf += " method: ";
  panicking = true;
  printArg(&err, 'v');
  panicking = false;
  buf += ')';
  fmt = old;
}

void Printer::printValue(Value v, int32_t verb, int depth) {
  // Values with methods, unless printArg already asked (depth 0).
  if (depth > 0 && v.valid() && !v.noIface && handleMethods(v, verb)) return;
  value = v;
  switch (v.kind()) {
    case Kind::Invalid:
      if (depth == 0) {
        buf += "<invalid reflect.Value>";
      } else if (verb == 'v') {
        buf += "<nil>";
      } else {
        badVerb(verb);
      }
      return;
    case Kind::Bool: fmtBool(v.load<uint8_t>() != 0, verb); return;
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64: fmtInteger(static_cast<uint64_t>(intValue(v)), true, verb); return;
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr: fmtInteger(uintValue(v), false, verb); return;
    case Kind::Float32: fmtFloat(v.load<float>(), 32, verb); return;
    case Kind::Float64: fmtFloat(v.load<double>(), 64, verb); return;
    case Kind::Complex64: {
      auto* c = static_cast<const float*>(v.ptr);
      fmtComplex(c[0], c[1], 64, verb);
      return;
    }
    case Kind::Complex128: {
      auto* c = static_cast<const double*>(v.ptr);
      fmtComplex(c[0], c[1], 128, verb);
      return;
    }
    case Kind::String: fmtString(stringValue(v), verb); return;
    case Kind::Map:
      if (v.load<void*>() == nullptr) {
        if (fmt.sharpV) {
          buf += v.typeString();
          buf += "(nil)";
        } else {
          buf += "map[]";
        }
        return;
      }
      {
        // Entries in fmtsort's key order (fmtsort.cpp).
        if (fmt.sharpV) {
          buf += v.typeString();
          buf += '{';
        } else {
          buf += "map[";
        }
        std::vector<MapEntry> entries = fmtsortMap(v.type, v.load<void*>());
        for (size_t i = 0; i < entries.size(); i++) {
          if (i > 0) {
            if (fmt.sharpV) {
              buf += ", ";
            } else {
              buf += ' ';
            }
          }
          printValue(Value{v.type->key, entries[i].key}, verb, depth + 1);
          buf += ':';
          printValue(Value{v.type->elem, entries[i].elem}, verb, depth + 1);
        }
        buf += fmt.sharpV ? '}' : ']';
        return;
      }
    case Kind::Struct: {
      if (fmt.sharpV) buf += v.typeString();
      buf += '{';
      const GoType* t = v.type;
      for (int64_t i = 0; i < t->len; i++) {
        const GoStructField& f = t->fields[i];
        if (i > 0) {
          if (fmt.sharpV) {
            buf += ", ";
          } else {
            buf += ' ';
          }
        }
        if ((fmt.plusV || fmt.sharpV) && f.name.len > 0) {
          buf.append(reinterpret_cast<const char*>(f.name.ptr), static_cast<size_t>(f.name.len));
          buf += ':';
        }
        printValue(Value{f.type, static_cast<const uint8_t*>(v.ptr) + f.offset,
                         v.noIface || !f.exported},
                   verb, depth + 1);
      }
      buf += '}';
      return;
    }
    case Kind::Interface: {
      Value e = interfaceElem(v);
      if (!e.valid()) {
        if (fmt.sharpV) {
          buf += v.typeString();
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
      } else {
        e.noIface = v.noIface;
        printValue(e, verb, depth + 1);
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      const GoType* elem = v.type->elem;
      const uint8_t* base;
      int64_t len;
      bool isNil = false;
      if (v.kind() == Kind::Slice) {
        auto s = v.load<GoSlice>();
        base = static_cast<const uint8_t*>(s.ptr);
        len = s.len;
        isNil = s.ptr == nullptr;
      } else {
        base = static_cast<const uint8_t*>(v.ptr);
        len = v.type->len;
      }
      bool byteElems = elem->kind == Kind::Uint8;
      // Go's printArg also sends a top-level []byte to fmtBytes under %v
      // and %d, which prints exactly what the element-wise loop below does.
      if (byteElems && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
        fmtBytes(v, std::string_view(reinterpret_cast<const char*>(base), static_cast<size_t>(len)),
                 isNil, verb, v.typeString());
        return;
      }
      if (fmt.sharpV) {
        buf += v.typeString();
        if (v.kind() == Kind::Slice && isNil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (int64_t i = 0; i < len; i++) {
          if (i > 0) buf += ", ";
          printValue(Value{elem, base + i * static_cast<int64_t>(elem->size), v.noIface}, verb, depth + 1);
        }
        buf += '}';
      } else {
        buf += '[';
        for (int64_t i = 0; i < len; i++) {
          if (i > 0) buf += ' ';
          printValue(Value{elem, base + i * static_cast<int64_t>(elem->size), v.noIface}, verb, depth + 1);
        }
        buf += ']';
      }
      return;
    }
    case Kind::Pointer: {
      // pointer to array or slice or struct? ok at top level but not
      // embedded (avoid loops).
      const void* target = v.load<const void*>();
      if (depth == 0 && target != nullptr) {
        switch (v.type->elem->kind) {
          case Kind::Array:
          case Kind::Slice:
          case Kind::Struct:
          case Kind::Map:
            buf += '&';
            printValue(Value{v.type->elem, target, v.noIface}, verb, depth + 1);
            return;
          default: break;
        }
      }
      fmtPointer(v, verb);
      return;
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer: fmtPointer(v, verb); return;
  }
  buf += '?';
  buf += v.typeString();
  buf += '?';
}

constexpr int maxNum = 1000000;
bool tooLarge(int x) { return x > maxNum || x < -maxNum; }

// parsenum: an ASCII integer at s[start:end]; isnum false if none.
int parsenum(std::string_view s, size_t start, size_t end, bool& isnum, size_t& newi) {
  isnum = false;
  int num = 0;
  if (start >= end) {
    newi = end;
    return 0;
  }
  for (newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++) {
    if (tooLarge(num)) {
      isnum = false;
      newi = end;
      return 0;
    }
    num = num * 10 + (s[newi] - '0');
    isnum = true;
  }
  return num;
}

// intFromArg: a[argNum] as an int for a '*' width or precision.
int intFromArg(const GoEface* a, size_t n, int& argNum, bool& isInt) {
  int num = 0;
  isInt = false;
  if (static_cast<size_t>(argNum) < n) {
    Value v = unpackEface(&a[argNum]);
    switch (v.kind()) {
      case Kind::Int:
      case Kind::Int8:
      case Kind::Int16:
      case Kind::Int32:
      case Kind::Int64: {
        int64_t x = intValue(v);
        num = static_cast<int>(x);
        isInt = static_cast<int64_t>(num) == x;
        if (!isInt) num = 0;
        break;
      }
      case Kind::Uint:
      case Kind::Uint8:
      case Kind::Uint16:
      case Kind::Uint32:
      case Kind::Uint64:
      case Kind::Uintptr: {
        uint64_t x = uintValue(v);
        if (static_cast<int64_t>(x) >= 0 && x <= static_cast<uint64_t>(INT32_MAX)) {
          num = static_cast<int>(x);
          isInt = true;
        }
        break;
      }
      default: break;
    }
    argNum++;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return num;
}

// argNumber: an explicit [n] argument index at format[i]. Returns whether
// one was found; on success argNum and i move past it.
bool Printer::argNumber(int& argNum, std::string_view format, size_t& i, size_t numArgs) {
  if (format.size() <= i || format[i] != '[') return false;
  reordered = true;
  // parseArgNumber
  std::string_view f = format.substr(i);
  int index = 0;
  size_t wid = 1;
  bool ok = false;
  if (f.size() >= 3) {
    for (size_t j = 1; j < f.size(); j++) {
      if (f[j] == ']') {
        bool isnum;
        size_t newi;
        int width = parsenum(f, 1, j, isnum, newi);
        if (!isnum || newi != j) {
          wid = j + 1;
        } else {
          index = width - 1;
          wid = j + 1;
          ok = true;
        }
        break;
      }
    }
  }
  if (ok && 0 <= index && static_cast<size_t>(index) < numArgs) {
    argNum = index;
    i += wid;
    return true;
  }
  goodArgNum = false;
  i += wid;
  return ok;
}

void Printer::doPrintf(std::string_view format, const GoEface* a, size_t n) {
  const size_t end = format.size();
  int argNum = 0;
  bool afterIndex = false;
  reordered = false;
  for (size_t i = 0; i < end;) {
    goodArgNum = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip %
    fmt.clearflags();
    bool simple = false;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') {
        fmt.sharp = true;
      } else if (c == '0') {
        fmt.zero = !fmt.minus;  // only allow zero padding to the left
      } else if (c == '+') {
        fmt.plus = true;
      } else if (c == '-') {
        fmt.minus = true;
        fmt.zero = false;
      } else if (c == ' ') {
        fmt.space = true;
      } else {
        // Fast path for the common case of an ASCII lower case verb
        // without precision or width or argument indices.
        if ('a' <= c && c <= 'z' && static_cast<size_t>(argNum) < n) {
          if (c == 'v') {
            fmt.sharpV = fmt.sharp;
            fmt.sharp = false;
            fmt.plusV = fmt.plus;
            fmt.plus = false;
          }
          printArg(&a[argNum], c);
          argNum++;
          i++;
          simple = true;
        }
        break;
      }
    }
    if (simple) continue;

    afterIndex = argNumber(argNum, format, i, n);
    if (i < end && format[i] == '*') {
      i++;
      fmt.wid = intFromArg(a, n, argNum, fmt.widPresent);
      if (!fmt.widPresent) buf += "%!(BADWIDTH)";
      if (fmt.wid < 0) {
        fmt.wid = -fmt.wid;
        fmt.minus = true;
        fmt.zero = false;
      }
      afterIndex = false;
    } else {
      fmt.wid = parsenum(format, i, end, fmt.widPresent, i);
      if (afterIndex && fmt.widPresent) goodArgNum = false;  // "%[3]2d"
    }
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (afterIndex) goodArgNum = false;  // "%[3].2d"
      afterIndex = argNumber(argNum, format, i, n);
      if (i < end && format[i] == '*') {
        i++;
        fmt.prec = intFromArg(a, n, argNum, fmt.precPresent);
        // Negative precision arguments don't make sense.
        if (fmt.prec < 0) {
          fmt.prec = 0;
          fmt.precPresent = false;
        }
        if (!fmt.precPresent) buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        fmt.prec = parsenum(format, i, end, fmt.precPresent, i);
        if (!fmt.precPresent) {
          fmt.prec = 0;
          fmt.precPresent = true;
        }
      }
    }
    if (!afterIndex) afterIndex = argNumber(argNum, format, i, n);
    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }
    int32_t verb = static_cast<uint8_t>(format[i]);
    size_t size = 1;
    if (verb >= RuneSelf) {
      DecodedRune d =
          decoderune(reinterpret_cast<const uint8_t*>(format.data()) + i, end - i);
      verb = d.r;
      size = static_cast<size_t>(d.width);
    }
    i += size;
    if (verb == '%') {
      buf += '%';  // percent does not absorb operands
    } else if (!goodArgNum) {
      buf += "%!";
      writeRune(verb);
      buf += "(BADINDEX)";
    } else if (static_cast<size_t>(argNum) >= n) {
      buf += "%!";
      writeRune(verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'v') {
        fmt.sharpV = fmt.sharp;
        fmt.sharp = false;
        fmt.plusV = fmt.plus;
        fmt.plus = false;
      }
      printArg(&a[argNum], verb);
      argNum++;
    }
  }
  // Check for extra arguments unless the call accessed the arguments out
  // of order, in which case it's too expensive to detect if they've all
  // been used and arguably OK if they're not.
  if (!reordered && static_cast<size_t>(argNum) < n) {
    fmt.clearflags();
    buf += "%!(EXTRA ";
    for (size_t k = static_cast<size_t>(argNum); k < n; k++) {
      if (k > static_cast<size_t>(argNum)) buf += ", ";
      if (a[k].type == nullptr) {
        buf += "<nil>";
      } else {
        buf.append(reinterpret_cast<const char*>(a[k].type->str.ptr),
                   static_cast<size_t>(a[k].type->str.len));
        buf += '=';
        printArg(&a[k], 'v');
      }
    }
    buf += ')';
  }
}

void Printer::doPrint(const GoEface* a, size_t n) {
  bool prevString = false;
  for (size_t i = 0; i < n; i++) {
    bool isString = a[i].type != nullptr && a[i].type->kind == Kind::String;
    // Add a space between two non-string arguments.
    if (i > 0 && !isString && !prevString) buf += ' ';
    fmt.clearflags();
    printArg(&a[i], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const GoEface* a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i > 0) buf += ' ';
    fmt.clearflags();
    printArg(&a[i], 'v');
  }
  buf += '\n';
}

// Runs one print with a fresh Printer; a nested panic (the file
// comment) is raised once the Printer is destroyed.
template <typename F>
std::string print(F f) {
  GoEface repanic{};
  std::string out;
  {
    Printer p(&repanic);
    try {
      f(p);
      out = std::move(p.buf);
    } catch (const NestedPanic&) {
    }
  }
  if (repanic.type != nullptr) panicFromRuntime(repanic, __builtin_frame_address(0));
  return out;
}

}  // namespace

std::string sprint(const GoEface* a, size_t n) {
  return print([&](Printer& p) { p.doPrint(a, n); });
}

std::string sprintln(const GoEface* a, size_t n) {
  return print([&](Printer& p) { p.doPrintln(a, n); });
}

std::string sprintf(std::string_view format, const GoEface* a, size_t n) {
  return print([&](Printer& p) { p.doPrintf(format, a, n); });
}

}  // namespace gorun::runtime::gofmt
