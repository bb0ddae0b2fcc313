// The formatting primitives of Go's fmt (fmt/format.go): padding, integers,
// floats, strings, quoting, under the flags of one verb. fmt_print.cpp
// (print.go) drives them from type descriptors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gorun::runtime::gofmt {

inline constexpr const char* ldigits = "0123456789abcdefx";
inline constexpr const char* udigits = "0123456789ABCDEFX";

// One verb's flags and the buffer it writes to (Go's fmt struct).
struct Fmt {
  std::string* buf = nullptr;

  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v are remembered separately from plus and sharp, which
  // they clear (so that integers inside a %+v struct are not signed).
  bool plusV = false;
  bool sharpV = false;

  int wid = 0;
  int prec = 0;

  void clearflags();
  void writePadding(int n);
  void pad(std::string_view b);
  void padString(std::string_view s) { pad(s); }
  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits);
  std::string_view truncateString(std::string_view s) const;
  void fmtS(std::string_view s);
  void fmtBs(std::string_view b) { fmtS(b); }
  void fmtSbx(std::string_view s, const char* digits);
  void fmtSx(std::string_view s, const char* digits) { fmtSbx(s, digits); }
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, int32_t verb, int prec);
};

}  // namespace gorun::runtime::gofmt
