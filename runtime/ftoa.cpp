// strconv.FormatFloat, Go 1.19.
//
// Go produces a float's decimal digits one of three ways (Ryū shortest,
// Ryū fixed-precision, or exact multiprecision for long precisions) and
// then lays them out with formatDigits/fmtE/fmtF. All three digit
// generators yield the same thing: the correctly rounded (ties to even)
// decimal digits of the exact binary value, trailing zeros trimmed, or the
// shortest digits that round-trip. std::to_chars guarantees exactly that,
// so we take digits from it and port only the layout, which is where Go
// differs from C (exponent thresholds, "1e+08" not "1e+8", %g's precision
// rules, NaN/+Inf spellings).
#include "runtime/ftoa.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace gorun::runtime {
namespace {

// Go's decimalSlice: digits d[0:nd] with the decimal point after dp digits.
// nd == 0 means the value zero.
struct Decimal {
  std::string d;
  int dp = 0;
  int nd() const { return static_cast<int>(d.size()); }
};

// Parses to_chars output ("1.2345e+02", "0.00120", "12") into a Decimal,
// dropping leading and trailing zeros.
Decimal parseChars(const char* s, const char* end) {
  Decimal dec;
  int intDigits = 0;
  bool seenPoint = false;
  int exp = 0;
  for (const char* p = s; p < end; p++) {
    if (*p == '.') {
      seenPoint = true;
    } else if (*p == 'e') {
      std::from_chars(p + 1 + (p[1] == '+'), end, exp);
      break;
    } else {
      dec.d.push_back(*p);
      if (!seenPoint) intDigits++;
    }
  }
  dec.dp = intDigits + exp;
  size_t lead = 0;
  while (lead < dec.d.size() && dec.d[lead] == '0') lead++;
  dec.d.erase(0, lead);
  dec.dp -= static_cast<int>(lead);
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
  return dec;
}

Decimal shortestDigits(double a, int bitSize) {
  if (a == 0) return {};
  char buf[64];
  std::to_chars_result r = bitSize == 32
      ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(a), std::chars_format::scientific)
      : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
  return parseChars(buf, r.ptr);
}

// The first `digits` significant digits, correctly rounded.
Decimal fixedDigits(double a, int digits) {
  if (a == 0) return {};
  std::vector<char> buf(static_cast<size_t>(digits) + 32);
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific,
                         digits - 1);
  return parseChars(buf.data(), r.ptr);
}

// Rounded to `prec` digits after the decimal point.
Decimal fixedPoint(double a, int prec) {
  if (a == 0) return {};
  std::vector<char> buf(static_cast<size_t>(prec) + 340);
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, prec);
  return parseChars(buf.data(), r.ptr);
}

void fmtE(std::string& dst, bool neg, const Decimal& d, int prec, char fmt) {
  if (neg) dst += '-';
  dst += d.nd() != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = std::min(d.nd(), prec + 1);
    if (i < m) {
      dst.append(d.d, static_cast<size_t>(i), static_cast<size_t>(m - i));
      i = m;
    }
    for (; i <= prec; i++) dst += '0';
  }
  dst += fmt;
  int exp = d.dp - 1;
  if (d.nd() == 0) exp = 0;  // 0 has exponent 0
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 10) {
    dst += '0';
    dst += static_cast<char>('0' + exp);
  } else if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

void fmtF(std::string& dst, bool neg, const Decimal& d, int prec) {
  if (neg) dst += '-';
  if (d.dp > 0) {
    int m = std::min(d.nd(), d.dp);
    dst.append(d.d, 0, static_cast<size_t>(m));
    for (; m < d.dp; m++) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst += (0 <= j && j < d.nd()) ? d.d[static_cast<size_t>(j)] : '0';
    }
  }
}

void formatDigits(std::string& dst, bool shortest, bool neg, const Decimal& d, int prec,
                  char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(dst, neg, d, prec, fmt);
      return;
    case 'f':
      fmtF(dst, neg, d, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > d.nd() && d.nd() >= d.dp) eprec = d.nd();
      // %e is used if the exponent from the conversion is less than -4 or
      // greater than or equal to the precision. If precision was the
      // shortest possible, use precision 6 for this decision.
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd()) prec = d.nd();
        fmtE(dst, neg, d, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd();
      fmtF(dst, neg, d, std::max(prec - d.dp, 0));
      return;
    }
  }
  dst += '%';
  dst += fmt;
}

void appendDecimal(std::string& dst, uint64_t v, bool neg) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  if (neg) dst += '-';
  dst.append(buf, r.ptr);
}

// %b: decimal mantissa "p" binary exponent.
void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, int mantbits) {
  if (neg) dst += '-';
  appendDecimal(dst, mant, false);
  dst += 'p';
  exp -= mantbits;
  if (exp >= 0) dst += '+';
  appendDecimal(dst, static_cast<uint64_t>(exp < 0 ? -exp : exp), exp < 0);
}

// %x: hexadecimal mantissa and binary exponent, -0x1.23abcp+20.
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
  if (mant == 0) exp = 0;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst += '-';
  dst += '0';
  dst += fmt;
  dst += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else if (exp < 1000) {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 1000);
    dst += static_cast<char>('0' + exp / 100 % 10);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

}  // namespace

void appendFloat(std::string& dst, double val, char fmt, int prec, int bitSize) {
  // Decompose as Go's genericFtoa does, for the sign, specials, %b and %x.
  int mantbits, expbits, bias;
  uint64_t bits;
  if (bitSize == 32) {
    float f = static_cast<float>(val);
    uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    bits = b;
    mantbits = 23, expbits = 8, bias = -127;
  } else {
    std::memcpy(&bits, &val, sizeof bits);
    mantbits = 52, expbits = 11, bias = -1023;
  }
  bool neg = (bits >> (expbits + mantbits)) != 0;
  int exp = static_cast<int>(bits >> mantbits) & ((1 << expbits) - 1);
  uint64_t mant = bits & ((uint64_t(1) << mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) {
    exp++;  // denormal
  } else {
    mant |= uint64_t(1) << mantbits;
  }
  exp += bias;
  if (fmt == 'b') {
    fmtB(dst, neg, mant, exp, mantbits);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(dst, prec, fmt, neg, mant, exp, mantbits);
    return;
  }

  const double a = std::fabs(val);
  const bool shortest = prec < 0;
  Decimal digs;
  if (shortest) {
    digs = shortestDigits(a, bitSize);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(digs.nd() - 1, 0);
        break;
      case 'f':
        prec = std::max(digs.nd() - digs.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digs.nd();
        break;
    }
  } else if (fmt == 'f') {
    digs = fixedPoint(a, prec);
  } else {
    int digits = prec;
    switch (fmt) {
      case 'e':
      case 'E':
        digits++;
        break;
      case 'g':
      case 'G':
        if (prec == 0) prec = 1;
        digits = prec;
        break;
      default:
        digits = 1;
    }
    digs = fixedDigits(a, digits);
  }
  formatDigits(dst, shortest, neg, digs, prec, fmt);
}

}  // namespace gorun::runtime
