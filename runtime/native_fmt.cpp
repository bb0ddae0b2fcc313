// package fmt's natives: the Print family writes to os.Stdout (fd 1,
// unbuffered, as Go's os.Stdout), the Sprint family returns a Go string.
// Each returns n = bytes written and a nil error, as Go's do on success.
#include "runtime/abi.h"
#include "runtime/fmt.h"
#include "runtime/fmt_scan.h"
#include "runtime/natives.h"
#include "runtime/malloc.h"
#include "runtime/runtime2.h"

#include <cstring>

namespace gorun::runtime {
namespace {

// func(a ...any) / func(format string, a ...any)
struct VariadicParams {
  GoSlice a;
};
struct FormatParams {
  GoString format;
  GoSlice a;
};
// (n int, err error)
struct WriteResults {
  int64_t n;
  GoIface err;
};
struct StringResult {
  GoString s;
};

const GoEface* args(const GoSlice& a) { return static_cast<const GoEface*>(a.ptr); }
size_t nargs(const GoSlice& a) { return static_cast<size_t>(a.len); }
std::string_view view(const GoString& s) {
  return {reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)};
}

void writeStdout(void* r, const std::string& s) {
  writeAll(1, s.data(), s.size());
  auto* res = static_cast<WriteResults*>(r);
  res->n = static_cast<int64_t>(s.size());
  res->err = GoIface{nullptr, nullptr};
}

void returnString(void* r, const std::string& s) {
  static_cast<StringResult*>(r)->s = gostring(s);
}

}  // namespace

GoString gostring(std::string_view s) {
  if (s.empty()) return GoString{nullptr, 0};
  auto* p = static_cast<uint8_t*>(gorun_mallocgc(s.size(), &byteType));
  std::memcpy(p, s.data(), s.size());
  return GoString{p, static_cast<int64_t>(s.size())};
}

void fmt_Print(void* r, const void* p) {
  auto* a = static_cast<const VariadicParams*>(p);
  writeStdout(r, gofmt::sprint(args(a->a), nargs(a->a)));
}

void fmt_Println(void* r, const void* p) {
  auto* a = static_cast<const VariadicParams*>(p);
  writeStdout(r, gofmt::sprintln(args(a->a), nargs(a->a)));
}

void fmt_Printf(void* r, const void* p) {
  auto* a = static_cast<const FormatParams*>(p);
  writeStdout(r, gofmt::sprintf(view(a->format), args(a->a), nargs(a->a)));
}

void fmt_Sprint(void* r, const void* p) {
  auto* a = static_cast<const VariadicParams*>(p);
  returnString(r, gofmt::sprint(args(a->a), nargs(a->a)));
}

void fmt_Sprintln(void* r, const void* p) {
  auto* a = static_cast<const VariadicParams*>(p);
  returnString(r, gofmt::sprintln(args(a->a), nargs(a->a)));
}

void fmt_Sprintf(void* r, const void* p) {
  auto* a = static_cast<const FormatParams*>(p);
  returnString(r, gofmt::sprintf(view(a->format), args(a->a), nargs(a->a)));
}

// func sscan(str, format string, mode int, a []any) (n, kind int, msg string)
// (stdlib/fmt/scan.go): the scanner is fmt_scan.cpp. The panics Go's
// scanner lets through are raised here, after its C++ state is gone.
void fmt_sscan(void* r, const void* p) {
  void* fp = __builtin_frame_address(0);
  struct Params {
    GoString str;
    GoString format;
    int64_t mode;
    GoSlice a;
  };
  auto* a = static_cast<const Params*>(p);
  switch (gofmt::sscan(static_cast<gofmt::ScanMode>(a->mode), view(a->str), view(a->format),
                       args(a->a), nargs(a->a), static_cast<gofmt::ScanResults*>(r))) {
    case gofmt::ScanPanic::None: return;
    case gofmt::ScanPanic::NilPointer:
      panicRuntimeError("invalid memory address or nil pointer dereference", fp);
    case gofmt::ScanPanic::NilArg:
      panicPlainError("reflect: call of reflect.Value.Type on zero Value", fp);
  }
}

}  // namespace gorun::runtime
