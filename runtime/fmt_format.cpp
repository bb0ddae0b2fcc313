// Go's fmt/format.go, function for function. Widths count runes, not
// bytes; zero padding goes after the sign; precision means digits for
// integers, runes for strings and decimals for floats.
#include "runtime/fmt_format.h"

#include "runtime/ftoa.h"
#include "runtime/quote.h"
#include "runtime/utf8.h"

#include <vector>

namespace gorun::runtime::gofmt {

void Fmt::clearflags() {
  widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
  wid = prec = 0;
}

void Fmt::writePadding(int n) {
  if (n <= 0) return;
  buf->append(static_cast<size_t>(n), zero ? '0' : ' ');
}

void Fmt::pad(std::string_view b) {
  if (!widPresent || wid == 0) {
    buf->append(b);
    return;
  }
  int width =
      wid - static_cast<int>(runeCount(reinterpret_cast<const uint8_t*>(b.data()), b.size()));
  if (!minus) {
    writePadding(width);
    buf->append(b);
  } else {
    buf->append(b);
    writePadding(width);
  }
}

void Fmt::fmtBoolean(bool v) { padString(v ? "true" : "false"); }

// %U: U+0078, or U+0078 'x' with #.
void Fmt::fmtUnicode(uint64_t u) {
  int p = 4;
  if (precPresent && prec > 4) p = prec;
  std::vector<char> b(static_cast<size_t>(2 + p + 2 + UTFMax + 1 + 16));
  size_t i = b.size();
  if (sharp && u <= static_cast<uint64_t>(MaxRune) && isPrint(static_cast<int32_t>(u))) {
    b[--i] = '\'';
    uint8_t enc[UTFMax];
    int n = encoderune(enc, static_cast<int32_t>(u));
    i -= static_cast<size_t>(n);
    for (int k = 0; k < n; k++) b[i + static_cast<size_t>(k)] = static_cast<char>(enc[k]);
    b[--i] = '\'';
    b[--i] = ' ';
  }
  while (u >= 16) {
    b[--i] = udigits[u & 0xF];
    p--;
    u >>= 4;
  }
  b[--i] = udigits[u];
  p--;
  while (p > 0) {
    b[--i] = '0';
    p--;
  }
  b[--i] = '+';
  b[--i] = 'U';
  bool oldZero = zero;
  zero = false;
  pad(std::string_view(b.data() + i, b.size() - i));
  zero = oldZero;
}

void Fmt::fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits) {
  bool negative = isSigned && static_cast<int64_t>(u) < 0;
  if (negative) u = -u;
  std::vector<char> b(68 + static_cast<size_t>(wid) + static_cast<size_t>(prec));
  int p = 0;
  if (precPresent) {
    p = prec;
    // %.0d of 0 prints nothing but the padding.
    if (p == 0 && u == 0) {
      bool oldZero = zero;
      zero = false;
      writePadding(wid);
      zero = oldZero;
      return;
    }
  } else if (zero && widPresent) {
    p = wid;
    if (negative || plus || space) p--;  // leave room for the sign
  }
  size_t i = b.size();
  switch (base) {
    case 10:
      while (u >= 10) {
        b[--i] = static_cast<char>('0' + u % 10);
        u /= 10;
      }
      break;
    case 16:
      while (u >= 16) {
        b[--i] = digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        b[--i] = static_cast<char>('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        b[--i] = static_cast<char>('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  b[--i] = digits[u];
  while (i > 0 && p > static_cast<int>(b.size() - i)) b[--i] = '0';
  if (sharp) {
    switch (base) {
      case 2:
        b[--i] = 'b';
        b[--i] = '0';
        break;
      case 8:
        if (b[i] != '0') b[--i] = '0';
        break;
      case 16:
        b[--i] = digits[16];
        b[--i] = '0';
        break;
    }
  }
  if (verb == 'O') {
    b[--i] = 'o';
    b[--i] = '0';
  }
  if (negative) {
    b[--i] = '-';
  } else if (plus) {
    b[--i] = '+';
  } else if (space) {
    b[--i] = ' ';
  }
  // The zero flag was handled above as precision; pad with spaces now.
  bool oldZero = zero;
  zero = false;
  pad(std::string_view(b.data() + i, b.size() - i));
  zero = oldZero;
}

std::string_view Fmt::truncateString(std::string_view s) const {
  if (precPresent) {
    int n = prec;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    for (size_t i = 0; i < s.size();) {
      n--;
      if (n < 0) return s.substr(0, i);
      i += p[i] < RuneSelf ? 1 : static_cast<size_t>(decoderune(p + i, s.size() - i).width);
    }
  }
  return s;
}

void Fmt::fmtS(std::string_view s) { padString(truncateString(s)); }

// %x/%X of a string or byte slice: hex pairs, "% x" spaces them, "%#x"
// prefixes 0x (once, or before each byte with the space flag).
void Fmt::fmtSbx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (precPresent && prec < length) length = prec;
  int width = 2 * length;
  if (width > 0) {
    if (space) {
      if (sharp) width *= 2;
      width += length - 1;
    } else if (sharp) {
      width += 2;
    }
  } else {
    if (widPresent) writePadding(wid);
    return;
  }
  if (widPresent && wid > width && !minus) writePadding(wid - width);
  if (sharp) {
    *buf += '0';
    *buf += digits[16];
  }
  for (int i = 0; i < length; i++) {
    if (space && i > 0) {
      *buf += ' ';
      if (sharp) {
        *buf += '0';
        *buf += digits[16];
      }
    }
    auto c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    *buf += digits[c >> 4];
    *buf += digits[c & 0xF];
  }
  if (widPresent && wid > width && minus) writePadding(wid - width);
}

void Fmt::fmtQ(std::string_view s) {
  s = truncateString(s);
  if (sharp && canBackquote(s)) {
    std::string q;
    q += '`';
    q += s;
    q += '`';
    padString(q);
    return;
  }
  std::string q;
  appendQuote(q, s, plus);
  pad(q);
}

void Fmt::fmtC(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(MaxRune) ? RuneError : static_cast<int32_t>(c);
  uint8_t enc[UTFMax];
  int n = encoderune(enc, r);
  pad(std::string_view(reinterpret_cast<const char*>(enc), static_cast<size_t>(n)));
}

void Fmt::fmtQc(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(MaxRune) ? RuneError : static_cast<int32_t>(c);
  std::string q;
  appendQuoteRune(q, r, plus);
  pad(q);
}

// fmtFloat formats a float64 (or a float32 widened exactly, size 32). prec
// is the default precision, overridden by the verb's.
void Fmt::fmtFloat(double v, int size, int32_t verb, int defPrec) {
  int p = precPresent ? prec : defPrec;
  // Format the number, reserving num[0] for the sign.
  std::string num = "+";
  appendFloat(num, v, static_cast<char>(verb), p, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  } else {
    num[0] = '+';
  }
  // A space flag means a leading space instead of the plus sign.
  if (space && num[0] == '+' && !plus) num[0] = ' ';
  // Infinities and NaN are never zero-padded.
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = zero;
    zero = false;
    if (num[1] == 'N' && !space && !plus) num.erase(0, 1);
    pad(num);
    zero = oldZero;
    return;
  }
  // %#: keep the decimal point and trailing zeros.
  if (sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v':
      case 'g':
      case 'G':
      case 'x':
        digits = p;
        // If no precision is set explicitly use a precision of 6.
        if (digits == -1) digits = 6;
    }
    std::string tail;
    bool hasDecimalPoint = false;
    bool sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P') {
        tail.append(num, i);
        num.resize(i);
        break;
      }
      if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
        tail.append(num, i);
        num.resize(i);
        break;
      }
      if (c != '0') sawNonzeroDigit = true;
      // Count significant digits after the first non-zero digit.
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      // Leading digit 0 should contribute once to digits.
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }
  // We want a sign if asked for and if the sign is not positive.
  if (plus || num[0] != '+') {
    // If we're zero padding to the left we want the sign before the
    // leading zeros.
    if (zero && widPresent && wid > static_cast<int>(num.size())) {
      *buf += num[0];
      writePadding(wid - static_cast<int>(num.size()));
      buf->append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  // No sign to show and the number is positive; just print the unsigned
  // number.
  pad(std::string_view(num).substr(1));
}

}  // namespace gorun::runtime::gofmt
