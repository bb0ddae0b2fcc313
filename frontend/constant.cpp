#include "frontend/constant.h"

#include "frontend/scanner.h"
#include "frontend/types.h"

#include <llvm/ADT/APSInt.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Error.h>

#include <cmath>
#include <fmt/format.h>

namespace gorun::frontend {

using llvm::APFloat;
using llvm::APInt;
using K = Constant::Kind;

static const llvm::fltSemantics& quad() { return APFloat::IEEEquad(); }

Constant Constant::makeBool(bool v) {
  Constant c(K::Bool);
  c.b = v;
  return c;
}
Constant Constant::makeString(std::string v) {
  Constant c(K::String);
  c.s = std::move(v);
  return c;
}
Constant Constant::makeInt(int64_t v) {
  Constant c(K::Int);
  c.i = APInt(IntBits, static_cast<uint64_t>(v), /*isSigned=*/true);
  return c;
}
Constant Constant::makeUint(uint64_t v) {
  Constant c(K::Int);
  c.i = APInt(IntBits, v, false);
  return c;
}
Constant Constant::makeFloat(double v) {
  Constant c(K::Float);
  bool lost;
  c.re = APFloat(v);
  c.re.convert(quad(), APFloat::rmNearestTiesToEven, &lost);
  return c;
}

int64_t Constant::int64() const {
  if (kind == K::Int) return i.trunc(64).getSExtValue();
  if (auto v = constant::toInt(*this)) return v->int64();
  return 0;
}
uint64_t Constant::uint64() const {
  if (kind == K::Int) return i.trunc(64).getZExtValue();
  if (auto v = constant::toInt(*this)) return v->uint64();
  return 0;
}
double Constant::float64() const {
  APFloat f = kind == K::Int ? constant::toFloat(*this).re : re;
  bool lost;
  f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
  return f.convertToDouble();
}
double Constant::imag64() const {
  if (kind != K::Complex) return 0;
  APFloat f = im;
  bool lost;
  f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
  return f.convertToDouble();
}

static std::string floatStr(const APFloat& f) {
  // go/constant prints floats as %.6g; diagnostics use it.
  APFloat d = f;
  bool lost;
  d.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
  return fmt::format("{:.6g}", d.convertToDouble());
}

std::string Constant::str() const {
  switch (kind) {
    case K::Bool:
      return b ? "true" : "false";
    case K::String: {
      std::string out = "\"";
      for (unsigned char ch : s) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += static_cast<char>(ch);
      }
      return out + "\"";
    }
    case K::Int: {
      llvm::SmallString<64> buf;
      i.toStringSigned(buf, 10);
      return std::string(buf.str());
    }
    case K::Float:
      return floatStr(re);
    case K::Complex:
      return "(" + floatStr(re) + " + " + floatStr(im) + "i)";
  }
  return "?";
}

namespace constant {

static std::optional<APFloat> parseFloat(const std::string& text) {
  APFloat f(quad());
  auto st = f.convertFromString(text, APFloat::rmNearestTiesToEven);
  if (!st) {
    llvm::consumeError(st.takeError());
    return std::nullopt;
  }
  return f;
}

std::optional<Constant> fromLiteral(Tok kind, const std::string& raw, std::string* err) {
  if (kind == Tok::Int) {
    IntLitDigits d = intLitDigits(raw);
    // Reject before building a huge APInt: 4 bits per digit at most.
    if (d.digits.size() * 4 > 4 * Constant::IntBits) {
      *err = "constant overflow";
      return std::nullopt;
    }
    APInt wide(static_cast<unsigned>(d.digits.size() * 4 + 8), d.digits, static_cast<uint8_t>(d.base));
    if (wide.getActiveBits() >= Constant::IntBits - 8) {
      *err = "constant overflow";
      return std::nullopt;
    }
    Constant c(K::Int);
    c.i = wide.zextOrTrunc(Constant::IntBits);
    return c;
  }
  if (kind == Tok::Float || kind == Tok::Imag) {
    auto f = parseFloat(numberLitForAPFloat(raw));
    if (!f) {
      *err = "malformed constant: " + raw;
      return std::nullopt;
    }
    if (!f->isFinite()) {
      *err = "constant overflow";
      return std::nullopt;
    }
    if (kind == Tok::Float) {
      Constant c(K::Float);
      c.re = *f;
      return c;
    }
    Constant c(K::Complex);
    c.re = APFloat::getZero(quad());
    c.im = *f;
    return c;
  }
  *err = "bad literal kind";
  return std::nullopt;
}

Constant toFloat(const Constant& c) {
  if (c.kind == K::Float || c.kind == K::Complex) {
    Constant r(K::Float);
    r.re = c.re;
    return r;
  }
  Constant r(K::Float);
  r.re = APFloat(quad());
  r.re.convertFromAPInt(c.i, /*isSigned=*/true, APFloat::rmNearestTiesToEven);
  return r;
}

Constant toComplex(const Constant& c) {
  if (c.kind == K::Complex) return c;
  Constant r(K::Complex);
  r.re = toFloat(c).re;
  r.im = APFloat::getZero(quad());
  return r;
}

std::optional<Constant> toInt(const Constant& c) {
  if (c.kind == K::Int) return c;
  if (c.kind == K::Complex && !c.im.isZero()) return std::nullopt;
  if (!c.re.isFinite()) return std::nullopt;
  APFloat t = c.re;
  t.roundToIntegral(APFloat::rmTowardZero);
  if (t.compare(c.re) != APFloat::cmpEqual) return std::nullopt;
  llvm::APSInt v(Constant::IntBits, false);
  bool exact;
  if (t.convertToInteger(v, APFloat::rmTowardZero, &exact) != APFloat::opOK) return std::nullopt;
  Constant r(K::Int);
  r.i = v;
  return r;
}

// Both operands brought to the larger of the two kinds.
static K match(Constant& x, Constant& y) {
  K k = std::max(x.kind, y.kind);
  if (k == K::Float) x = toFloat(x), y = toFloat(y);
  if (k == K::Complex) x = toComplex(x), y = toComplex(y);
  return k;
}

static bool tooBig(const APInt& v) {
  return v.isNegative() ? v.getSignificantBits() > Constant::IntBits - 8
                        : v.getActiveBits() > Constant::IntBits - 8;
}

std::optional<Constant> binary(Tok op, const Constant& x0, const Constant& y0, std::string* err) {
  if (x0.kind == K::Bool) {
    bool v = op == Tok::LAnd ? (x0.b && y0.b) : (x0.b || y0.b);
    return Constant::makeBool(v);
  }
  if (x0.kind == K::String) return Constant::makeString(x0.s + y0.s);
  Constant x = x0, y = y0;
  K k = match(x, y);
  if (k == K::Int) {
    Constant r(K::Int);
    bool ov = false;
    switch (op) {
      case Tok::Add: r.i = x.i.sadd_ov(y.i, ov); break;
      case Tok::Sub: r.i = x.i.ssub_ov(y.i, ov); break;
      case Tok::Mul: r.i = x.i.smul_ov(y.i, ov); break;
      case Tok::Quo:
        if (y.i.isZero()) return *err = "division by zero", std::nullopt;
        r.i = x.i.sdiv(y.i);
        break;
      case Tok::Rem:
        if (y.i.isZero()) return *err = "division by zero", std::nullopt;
        r.i = x.i.srem(y.i);
        break;
      case Tok::And: r.i = x.i & y.i; break;
      case Tok::Or: r.i = x.i | y.i; break;
      case Tok::Xor: r.i = x.i ^ y.i; break;
      case Tok::AndNot: r.i = x.i & ~y.i; break;
      default: return *err = "invalid constant operation", std::nullopt;
    }
    if (ov || tooBig(r.i)) return *err = "constant overflow", std::nullopt;
    return r;
  }
  Constant r(k);
  if (k == K::Float) {
    r.re = x.re;
    switch (op) {
      case Tok::Add: r.re.add(y.re, APFloat::rmNearestTiesToEven); break;
      case Tok::Sub: r.re.subtract(y.re, APFloat::rmNearestTiesToEven); break;
      case Tok::Mul: r.re.multiply(y.re, APFloat::rmNearestTiesToEven); break;
      case Tok::Quo:
        if (y.re.isZero()) return *err = "division by zero", std::nullopt;
        r.re.divide(y.re, APFloat::rmNearestTiesToEven);
        break;
      default: return *err = "invalid constant operation", std::nullopt;
    }
    if (!r.re.isFinite()) return *err = "constant overflow", std::nullopt;
    return r;
  }
  // Complex.
  auto mul = [](APFloat a, const APFloat& b) {
    a.multiply(b, APFloat::rmNearestTiesToEven);
    return a;
  };
  auto add = [](APFloat a, const APFloat& b) {
    a.add(b, APFloat::rmNearestTiesToEven);
    return a;
  };
  auto sub = [](APFloat a, const APFloat& b) {
    a.subtract(b, APFloat::rmNearestTiesToEven);
    return a;
  };
  switch (op) {
    case Tok::Add: r.re = add(x.re, y.re), r.im = add(x.im, y.im); break;
    case Tok::Sub: r.re = sub(x.re, y.re), r.im = sub(x.im, y.im); break;
    case Tok::Mul:
      r.re = sub(mul(x.re, y.re), mul(x.im, y.im));
      r.im = add(mul(x.re, y.im), mul(x.im, y.re));
      break;
    case Tok::Quo: {
      APFloat d = add(mul(y.re, y.re), mul(y.im, y.im));
      if (d.isZero()) return *err = "division by zero", std::nullopt;
      r.re = add(mul(x.re, y.re), mul(x.im, y.im));
      r.im = sub(mul(x.im, y.re), mul(x.re, y.im));
      r.re.divide(d, APFloat::rmNearestTiesToEven);
      r.im.divide(d, APFloat::rmNearestTiesToEven);
      break;
    }
    default: return *err = "invalid constant operation", std::nullopt;
  }
  return r;
}

bool compare(Tok op, const Constant& x0, const Constant& y0) {
  int c = 0;
  if (x0.kind == K::Bool) {
    c = x0.b == y0.b ? 0 : 1;
  } else if (x0.kind == K::String) {
    c = x0.s.compare(y0.s);
    c = c < 0 ? -1 : c > 0;
  } else {
    Constant x = x0, y = y0;
    K k = match(x, y);
    if (k == K::Int) {
      c = x.i.slt(y.i) ? -1 : x.i == y.i ? 0 : 1;
    } else if (k == K::Float) {
      auto r = x.re.compare(y.re);
      c = r == APFloat::cmpLessThan ? -1 : r == APFloat::cmpEqual ? 0 : 1;
    } else {
      bool eq = x.re.compare(y.re) == APFloat::cmpEqual && x.im.compare(y.im) == APFloat::cmpEqual;
      c = eq ? 0 : 1;
    }
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

std::optional<Constant> shift(Tok op, const Constant& x0, uint64_t s, std::string* err) {
  auto xi = toInt(x0);
  if (!xi) return *err = "truncated", std::nullopt;
  Constant r(K::Int);
  if (op == Tok::Shl) {
    if (s >= Constant::IntBits - 8 && !xi->i.isZero()) return *err = "constant overflow", std::nullopt;
    bool ov = false;
    r.i = xi->i.sshl_ov(APInt(Constant::IntBits, s), ov);
    if (ov || tooBig(r.i)) return *err = "constant overflow", std::nullopt;
  } else {
    r.i = xi->i.ashr(static_cast<unsigned>(std::min<uint64_t>(s, Constant::IntBits - 1)));
  }
  return r;
}

Constant unary(Tok op, const Constant& x, unsigned unsignedBits) {
  Constant r = x;
  switch (op) {
    case Tok::Sub:
      if (x.kind == K::Int) r.i = -x.i;
      else r.re.changeSign(), r.im.changeSign();
      // Constants are exact: there is no negative zero, so -0.0 is 0 (Go
      // prints math.Signbit(-0.0) as false). Fix made for the stdlib tests.
      if (x.kind != K::Int) {
        if (r.re.isNegZero()) r.re.clearSign();
        if (r.im.isNegZero()) r.im.clearSign();
      }
      break;
    case Tok::Not: r.b = !x.b; break;
    case Tok::Xor:
      r.i = ~x.i;
      if (unsignedBits) r.i = r.i & APInt::getLowBitsSet(Constant::IntBits, unsignedBits);
      break;
    default: break;
  }
  return r;
}

static bool roundTo(const Constant& c, const llvm::fltSemantics& sem, Constant* out) {
  APFloat f = toFloat(c).re;
  bool lost;
  f.convert(sem, APFloat::rmNearestTiesToEven, &lost);
  if (f.isInfinity()) return false;
  f.convert(quad(), APFloat::rmNearestTiesToEven, &lost);
  if (out) out->re = f;
  return true;
}

bool representable(const Constant& c, Type* t, Constant* rounded, std::string* why) {
  Type* u = underlying(t);
  if (rounded) *rounded = c;
  switch (u->kind) {
    case TypeKind::Bool:
    case TypeKind::UntypedBool:
      return c.kind == K::Bool;
    case TypeKind::String:
    case TypeKind::UntypedString:
      return c.kind == K::String;
    default:
      break;
  }
  if (c.kind == K::Bool || c.kind == K::String) return false;
  if (isInteger(u)) {
    auto v = toInt(c);
    if (!v) {
      *why = "truncated";
      return false;
    }
    if (rounded) *rounded = *v;
    if (u->kind == TypeKind::UntypedInt || u->kind == TypeKind::UntypedRune) return true;
    unsigned bits = static_cast<unsigned>(sizeOf(u) * 8);
    bool ok = isUnsigned(u) ? !v->i.isNegative() && v->i.getActiveBits() <= bits
                            : v->i.getSignificantBits() <= bits;
    if (!ok) *why = "overflows";
    return ok;
  }
  if (isFloat(u)) {
    if (c.kind == K::Complex && !c.im.isZero()) {
      *why = "truncated";
      return false;
    }
    Constant f = toFloat(c);
    if (u->kind == TypeKind::UntypedFloat) {
      if (rounded) *rounded = f;
      return true;
    }
    if (rounded) *rounded = f;
    bool ok = roundTo(f, u->kind == TypeKind::Float32 ? APFloat::IEEEsingle() : APFloat::IEEEdouble(),
                      rounded);
    if (!ok) *why = "overflows";
    return ok;
  }
  if (isComplex(u)) {
    Constant z = toComplex(c);
    if (rounded) *rounded = z;
    if (u->kind == TypeKind::UntypedComplex) return true;
    const auto& sem = u->kind == TypeKind::Complex64 ? APFloat::IEEEsingle() : APFloat::IEEEdouble();
    Constant re(K::Float), im{K::Float};
    re.re = z.re;
    im.re = z.im;
    if (!roundTo(re, sem, &re) || !roundTo(im, sem, &im)) {
      *why = "overflows";
      return false;
    }
    if (rounded) rounded->re = re.re, rounded->im = im.re;
    return true;
  }
  return false;
}

}  // namespace constant
}  // namespace gorun::frontend
