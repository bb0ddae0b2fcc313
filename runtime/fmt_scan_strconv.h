// The strconv parsers fmt's scanner needs (Go 1.19's strconv/atoi.go,
// atof.go, quote.go), natively: importing package strconv into fmt would
// cost every program that imports fmt its parsing and checking
// (runtime/fmt_scan.cpp's header).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gorun::runtime::gofmt {

// A *strconv.NumError: Func is the failing function ("ParseInt"), Num the
// input, Err ErrSyntax's or ErrRange's text.
struct NumError {
  const char* func = "";
  std::string num;
  const char* err = "";
  // Go's (*NumError).Error(): `strconv.ParseInt: parsing "x": invalid syntax`.
  std::string text() const;
};

// Each returns false and fills *e when Go's function returns an error (the
// value written is then unspecified).
bool parseUint(std::string_view s, int base, int bitSize, uint64_t* out, NumError* e);
bool parseInt(std::string_view s, int base, int bitSize, int64_t* out, NumError* e);
bool atoi(std::string_view s, int64_t* out, NumError* e);
// bitSize 32 rounds to float32 (the result is exactly a float32's value).
bool parseFloat(std::string_view s, int bitSize, double* out, NumError* e);
// strconv.Unquote; false for its only error, strconv.ErrSyntax.
bool unquote(std::string_view s, std::string* out);

}  // namespace gorun::runtime::gofmt
