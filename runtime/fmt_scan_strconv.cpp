// strconv's ParseUint, ParseInt, Atoi, ParseFloat and Unquote as Go 1.19
// defines them (strconv/atoi.go, atof.go, quote.go), for fmt's scanner.
//
// The integer parsers and Unquote are line-by-line ports. ParseFloat ports
// Go's syntax check (special, readFloat: signs, underscores, hex mantissas
// with their mandatory p exponent) and leaves the rounding to glibc's
// strtod_l/strtof_l in the C locale, which round correctly to nearest-even
// as Go's converters do (decimal and hex, subnormals included): the value
// is Go's, and overflow is Go's range error with ±Inf.
#include "runtime/fmt_scan_strconv.h"

#include "runtime/quote.h"
#include "runtime/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <locale.h>

namespace gorun::runtime::gofmt {
namespace {

const char kErrSyntax[] = "invalid syntax";
const char kErrRange[] = "value out of range";

uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

bool syntaxError(NumError* e, const char* fn, std::string_view s) {
  *e = NumError{fn, std::string(s), kErrSyntax};
  return false;
}

bool rangeError(NumError* e, const char* fn, std::string_view s) {
  *e = NumError{fn, std::string(s), kErrRange};
  return false;
}

// underscoreOK reports whether the underscores in s are allowed.
bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';  // base prefix counts as a digit for "underscore as digit separator"
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    uint8_t c = static_cast<uint8_t>(s[i]);
    if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  size_t n = std::min(prefix.size(), s.size());
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if ('A' <= c && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != prefix[i]) return i;
  }
  return n;
}

// special: Inf, Infinity (signed) and NaN, ignoring case; n bytes used.
bool special(std::string_view s, double* f, size_t* n) {
  if (s.empty()) return false;
  int sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
    case '+':
    case '-':
      if (s[0] == '-') sign = -1;
      nsign = 1;
      s.remove_prefix(1);
      [[fallthrough]];
    case 'i':
    case 'I': {
      size_t k = commonPrefixLenIgnoreCase(s, "infinity");
      if (3 < k && k < 8) k = 3;
      if (k == 3 || k == 8) {
        *f = sign * HUGE_VAL;
        *n = nsign + k;
        return true;
      }
      break;
    }
    case 'n':
    case 'N':
      if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
        *f = std::nan("");
        *n = 3;
        return true;
      }
      break;
  }
  return false;
}

// readFloat's syntax check: whether a prefix of s (n bytes) is a Go float.
bool readFloat(std::string_view s, size_t* n) {
  bool underscores = false;
  size_t i = 0;
  *n = 0;
  if (i >= s.size()) return false;
  if (s[i] == '+' || s[i] == '-') i++;
  int base = 10;
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    base = 16;
    i += 2;
    expChar = 'p';
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    uint8_t c = static_cast<uint8_t>(s[i]);
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if (('0' <= c && c <= '9') || (base == 16 && 'a' <= lower(c) && lower(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  *n = i;
  if (!sawdigits) return false;
  if (i < s.size() && lower(static_cast<uint8_t>(s[i])) == expChar) {
    i++;
    *n = i;
    if (i >= s.size()) return false;
    if (s[i] == '+' || s[i] == '-') i++;
    *n = i;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') underscores = true;
    }
  } else if (base == 16) {
    return false;  // must have exponent
  }
  *n = i;
  return !underscores || underscoreOK(s.substr(0, i));
}

locale_t cLocale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  return loc;
}

}  // namespace

std::string NumError::text() const {
  std::string s = "strconv.";
  s += func;
  s += ": parsing ";
  appendQuote(s, num, false);
  s += ": ";
  s += err;
  return s;
}

bool parseUint(std::string_view s, int base, int bitSize, uint64_t* out, NumError* e) {
  const char* fn = "ParseUint";
  if (s.empty()) return syntaxError(e, fn, s);
  const bool base0 = base == 0;
  const std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  }
  // Callers pass bases 2..36 or 0 and bit sizes 1..64 only.
  const uint64_t maxUint64 = ~uint64_t{0};
  const uint64_t cutoff = maxUint64 / static_cast<uint64_t>(base) + 1;
  const uint64_t maxVal = bitSize == 64 ? maxUint64 : (uint64_t{1} << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char ch : s) {
    uint8_t c = static_cast<uint8_t>(ch), d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= lower(c) && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return syntaxError(e, fn, s0);
    }
    if (d >= base) return syntaxError(e, fn, s0);
    if (n >= cutoff) {
      *out = maxVal;
      return rangeError(e, fn, s0);
    }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + d;
    if (n1 < n || n1 > maxVal) {
      *out = maxVal;
      return rangeError(e, fn, s0);
    }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return syntaxError(e, fn, s0);
  *out = n;
  return true;
}

bool parseInt(std::string_view s, int base, int bitSize, int64_t* out, NumError* e) {
  const char* fn = "ParseInt";
  if (s.empty()) return syntaxError(e, fn, s);
  const std::string_view s0 = s;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  uint64_t un = 0;
  if (!parseUint(s, base, bitSize, &un, e) && e->err != kErrRange) {
    e->func = fn;
    e->num = std::string(s0);
    return false;
  }
  const uint64_t cutoff = uint64_t{1} << (bitSize - 1);
  if (!neg && un >= cutoff) {
    *out = static_cast<int64_t>(cutoff - 1);
    return rangeError(e, fn, s0);
  }
  if (neg && un > cutoff) {
    *out = static_cast<int64_t>(-cutoff);
    return rangeError(e, fn, s0);
  }
  *out = neg ? static_cast<int64_t>(-un) : static_cast<int64_t>(un);
  return true;
}

bool atoi(std::string_view s, int64_t* out, NumError* e) {
  const char* fn = "Atoi";
  if (0 < s.size() && s.size() < 19) {  // fast path for 64-bit ints
    const std::string_view s0 = s;
    if (s[0] == '-' || s[0] == '+') {
      s.remove_prefix(1);
      if (s.empty()) return syntaxError(e, fn, s0);
    }
    int64_t n = 0;
    for (char ch : s) {
      uint8_t d = static_cast<uint8_t>(ch - '0');
      if (d > 9) return syntaxError(e, fn, s0);
      n = n * 10 + d;
    }
    *out = s0[0] == '-' ? -n : n;
    return true;
  }
  if (!parseInt(s, 10, 64, out, e)) {
    e->func = fn;
    return false;
  }
  return true;
}

bool parseFloat(std::string_view s, int bitSize, double* out, NumError* e) {
  const char* fn = "ParseFloat";
  double f = 0;
  size_t n = 0;
  if (special(s, &f, &n)) {
    if (n != s.size()) return syntaxError(e, fn, s);
    *out = bitSize == 32 ? static_cast<double>(static_cast<float>(f)) : f;
    return true;
  }
  if (!readFloat(s, &n) || n != s.size()) return syntaxError(e, fn, s);
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
    if (c != '_') clean += c;
  }
  if (bitSize == 32) {
    f = strtof_l(clean.c_str(), nullptr, cLocale());
  } else {
    f = strtod_l(clean.c_str(), nullptr, cLocale());
  }
  *out = f;
  if (std::isinf(f)) return rangeError(e, fn, s);
  return true;
}

bool unquote(std::string_view in, std::string* out) {
  out->clear();
  if (in.size() < 2) return false;
  const char quote = in[0];
  size_t end = in.find(quote, 1);
  if (end == std::string_view::npos) return false;
  end += 1;  // position after terminating quote; may be wrong if escape sequences are present
  const std::string_view whole = in;
  if (quote == '`') {
    for (size_t i = 1; i + 1 < end; i++) {
      if (in[i] != '\r') *out += in[i];
    }
    return end == whole.size();
  }
  if (quote != '"' && quote != '\'') return false;
  in.remove_prefix(1);
  while (!in.empty() && in[0] != quote) {
    // UnquoteChar(in, quote)
    if (in[0] == '\n') return false;
    const uint8_t c = static_cast<uint8_t>(in[0]);
    int32_t value = 0;
    bool multibyte = false;
    if (c == static_cast<uint8_t>(quote)) return false;
    if (c >= RuneSelf) {
      DecodedRune d = decoderune(reinterpret_cast<const uint8_t*>(in.data()), in.size());
      value = d.r;
      multibyte = true;
      in.remove_prefix(static_cast<size_t>(d.width));
    } else if (c != '\\') {
      value = c;
      in.remove_prefix(1);
    } else {
      if (in.size() <= 1) return false;
      const char esc = in[1];
      in.remove_prefix(2);
      switch (esc) {
        case 'a': value = '\a'; break;
        case 'b': value = '\b'; break;
        case 'f': value = '\f'; break;
        case 'n': value = '\n'; break;
        case 'r': value = '\r'; break;
        case 't': value = '\t'; break;
        case 'v': value = '\v'; break;
        case 'x':
        case 'u':
        case 'U': {
          size_t k = esc == 'x' ? 2 : esc == 'u' ? 4 : 8;
          if (in.size() < k) return false;
          int32_t v = 0;
          for (size_t j = 0; j < k; j++) {
            uint8_t h = static_cast<uint8_t>(in[j]);
            int32_t x;
            if ('0' <= h && h <= '9') {
              x = h - '0';
            } else if ('a' <= h && h <= 'f') {
              x = h - 'a' + 10;
            } else if ('A' <= h && h <= 'F') {
              x = h - 'A' + 10;
            } else {
              return false;
            }
            v = (v << 4) | x;
          }
          in.remove_prefix(k);
          if (esc == 'x') {
            value = v;
            break;
          }
          if (!validRune(v)) return false;
          value = v;
          multibyte = true;
          break;
        }
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int32_t v = esc - '0';
          if (in.size() < 2) return false;
          for (size_t j = 0; j < 2; j++) {
            int32_t x = in[j] - '0';
            if (x < 0 || x > 7) return false;
            v = (v << 3) | x;
          }
          in.remove_prefix(2);
          if (v > 255) return false;
          value = v;
          break;
        }
        case '\\': value = '\\'; break;
        case '\'':
        case '"':
          if (esc != quote) return false;
          value = esc;
          break;
        default: return false;
      }
    }
    if (value < RuneSelf || !multibyte) {
      *out += static_cast<char>(value);
    } else {
      uint8_t buf[UTFMax];
      int k = encoderune(buf, value);
      out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(k));
    }
    if (quote == '\'') break;
  }
  if (in.empty() || in[0] != quote) return false;
  in.remove_prefix(1);
  return in.empty();  // Unquote: nothing may follow the closing quote
}

}  // namespace gorun::runtime::gofmt
