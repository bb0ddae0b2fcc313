// Exact compile-time constants, after go/constant.
//
// Integers are 512-bit two's complement (gc keeps at least 256 bits; an
// intermediate past 512 bits is reported as "constant overflow"); floats are
// IEEE quad precision (113-bit mantissa), which is exact for every value a
// float64 or an int64 can hold; complex numbers are two quads.
#pragma once

#include <llvm/ADT/APFloat.h>
#include <llvm/ADT/APInt.h>

#include <cstdint>
#include <optional>
#include <string>

namespace gorun::frontend {

struct Constant {
  enum class Kind : uint8_t { Bool, String, Int, Float, Complex };
  static constexpr unsigned IntBits = 512;

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
