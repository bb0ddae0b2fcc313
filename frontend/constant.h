// Exact compile-time constants, after go/constant.
//
// Integers are 512-bit two's complement (gc keeps at least 256 bits; an
// intermediate past 512 bits is reported as "constant overflow"); floats are
// IEEE quad precision (113-bit mantissa), which is exact for every value a
// float64 or an int64 can hold; complex numbers are two quads.
#pragma once

#include <llvm/ADT/APFloat.h>
#include <llvm/ADT/APInt.h>

#include "frontend/token.h"

#include <cstdint>
#include <optional>
#include <string>

namespace gorun::frontend {

struct Constant {
  enum class Kind : uint8_t { Bool, String, Int, Float, Complex };
  static constexpr unsigned IntBits = 512;

  explicit Constant(Kind k = Kind::Int) : kind(k) {}

  Kind kind;
  bool b = false;
  std::string s;
  llvm::APInt i{IntBits, 0};
  llvm::APFloat re{llvm::APFloat::IEEEquad()};
  llvm::APFloat im{llvm::APFloat::IEEEquad()};

  static Constant makeBool(bool v);
  static Constant makeString(std::string v);
  static Constant makeInt(int64_t v);
  static Constant makeUint(uint64_t v);
  static Constant makeFloat(double v);

  // Conversions for lowering; valid once the checker has checked that the
  // value is representable in the target type.
  int64_t int64() const;      // Int (or integral Float)
  uint64_t uint64() const;    // Int, reinterpreted
  double float64() const;     // Int or Float (rounded to nearest)
  double imag64() const;      // Complex imaginary part
  // Go's %v-like rendering, used in diagnostics: 42, 1.5, "s", true.
  std::string str() const;
};

}  // namespace gorun::frontend

namespace gorun::frontend {


struct Type;

// Operations on exact constants. Each returns std::nullopt and sets *err to
// gc's message where the operation is invalid ("division by zero",
// "constant overflow"...).
namespace constant {

// Parses a literal (Tok::Int, Float, Imag, Char, String already unquoted by
// the caller for strings and chars: pass the decoded value in `decoded`).
std::optional<Constant> fromLiteral(Tok kind, const std::string& raw, std::string* err);

Constant toFloat(const Constant& c);
Constant toComplex(const Constant& c);
// Int from an integral Float/Complex; nullopt when not integral.
std::optional<Constant> toInt(const Constant& c);

// x op y for arithmetic/bitwise/logical ops. intDiv: both operands integers.
std::optional<Constant> binary(Tok op, const Constant& x, const Constant& y, std::string* err);
bool compare(Tok op, const Constant& x, const Constant& y);
std::optional<Constant> shift(Tok op, const Constant& x, uint64_t s, std::string* err);
// -x, +x, !x, ^x. For ^x on an unsigned type of `bits` width, the result is
// masked to that width (bits == 0: untyped or signed: ^x == -x-1).
Constant unary(Tok op, const Constant& x, unsigned unsignedBits);

// Whether c is representable in the basic kind of `t` (underlying type),
// rounding floats to the target precision into *rounded. `why` gets
// "overflows" or "truncated" for the caller's message.
bool representable(const Constant& c, Type* t, Constant* rounded, std::string* why);

}  // namespace constant
}  // namespace gorun::frontend
