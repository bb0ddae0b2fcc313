// fmt.Sscan, Sscanln and Sscanf: Go 1.19's fmt/scan.go over a string,
// writing through type descriptors where Go's scanner uses reflect.
//
// Why native: Go's scanner needs strconv (and math), and every .go file
// fmt imports is parsed and checked on each run of each program that
// imports fmt (~25 ms for strconv+math, more than hello world's whole run).
// The number and string conversions are therefore native too
// (fmt_scan_strconv.cpp), and stdlib/fmt/scan.go only turns the result
// into Go's error values.
//
// The control flow mirrors scan.go function by function (ss, readRune's
// one-rune push back, SkipSpace, token, advance, doScan, doScanf, scanOne
// and the type-specific scanners), with Go's scanError panics as C++
// exceptions caught in sscan(), so every corner behaves the same: widths
// counted in runes, newline rules of each mode, partial counts (a value is
// stored as soon as it is scanned), the texts of all errors, base prefixes
// and underscores for %v, %c into integers, %q/%x strings, "1.2p4"
// floats, complex numbers.
//
// Argument types: pointers to bool, the integer kinds, uintptr, float32/64,
// complex64/128, string and []byte (named or not, as Go's reflect fallback
// takes them); anything else is Go's "can't scan type: T" or "type not a
// pointer: T". Go's two type switch paths are kept apart where they differ:
// *float32/*float64 check the verb, named float types do not; *[]byte gets
// []byte(s)'s rounded-up capacity, named byte slices cap == len; a nil
// *int (etc.) panics after scanning, a nil *NamedType is "can't scan type".
//
// Not supported (as in stdlib/fmt/scan.go):
//   - the Scanner and ScanState interfaces (custom Scan methods): they are
//     not declared, so a program using them does not compile;
//   - Scan, Scanln, Scanf, Fscan, Fscanln, Fscanf (reading from an
//     io.Reader or os.Stdin): not declared;
//   - the errors of number conversions are errors.New values with Go's
//     text, not *strconv.NumError (errors.As/Is against strconv's types and
//     ErrRange/ErrSyntax do not match); %q's syntax error is likewise not
//     strconv.ErrSyntax itself;
//   - the two panics Go's scanner lets through (a nil *int after a
//     successful scan, a nil interface argument) print without Go's
//     "[recovered]" line, since no errorHandler re-panics here.
#include "runtime/fmt_scan.h"

#include "runtime/abi.h"
#include "runtime/fmt_scan_strconv.h"
#include "runtime/malloc.h"
#include "runtime/natives.h"
#include "runtime/utf8.h"

#include <cmath>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>

namespace gorun::runtime::gofmt {
namespace {

constexpr int32_t eof = -1;
constexpr int64_t hugeWid = int64_t{1} << 30;

constexpr std::string_view binaryDigits = "01";
constexpr std::string_view octalDigits = "01234567";
constexpr std::string_view decimalDigits = "0123456789";
constexpr std::string_view hexadecimalDigits = "0123456789aAbBcCdDeEfF";
constexpr std::string_view sign = "+-";
constexpr std::string_view period = ".";
constexpr std::string_view exponent = "eEpP";
constexpr std::string_view floatVerbs = "beEfFgGv";

// Go's scanError (and the io.EOF panic of notEOF), unwinding to sscan().
struct ScanFailure {
  ScanErrKind kind;
  std::string msg;
};
// A Go runtime panic the scanner would raise (see ScanPanic).
struct ScanPanicked {
  ScanPanic what;
};

// unicode.White_Space, as scan.go's copy.
bool isSpace(int32_t r) {
  static constexpr uint16_t space[][2] = {
      {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
      {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
      {0x205f, 0x205f}, {0x3000, 0x3000},
  };
  if (r < 0 || r >= 1 << 16) return false;
  auto rx = static_cast<uint16_t>(r);
  for (const auto& rng : space) {
    if (rx < rng[0]) return false;
    if (rx <= rng[1]) return true;
  }
  return false;
}

// indexRune(ok, r) >= 0 for the ASCII sets above.
bool inSet(std::string_view ok, int32_t r) {
  return r >= 0 && r < RuneSelf && ok.find(static_cast<char>(r)) != std::string_view::npos;
}

void appendRune(std::string& s, int32_t r) {
  uint8_t b[UTFMax];
  int n = encoderune(b, r);
  s.append(reinterpret_cast<const char*>(b), static_cast<size_t>(n));
}

std::string runeString(int32_t r) {
  std::string s;
  appendRune(s, r);
  return s;
}

DecodedRune decodeAt(std::string_view s, size_t i) {
  if (i >= s.size()) return {RuneError, 0};
  return decoderune(reinterpret_cast<const uint8_t*>(s.data()) + i, s.size() - i);
}

std::string_view typeString(const GoType* t) {
  return {reinterpret_cast<const char*>(t->str.ptr), static_cast<size_t>(t->str.len)};
}

int bits(const GoType* t) { return static_cast<int>(t->size * 8); }

// The pointer types of scanOne's type switch, which Go handles without
// reflect.
bool isSwitchCase(std::string_view t) {
  static constexpr std::string_view cases[] = {
      "*bool",   "*complex64", "*complex128", "*int",     "*int8",    "*int16",
      "*int32",  "*int64",     "*uint",       "*uint8",   "*uint16",  "*uint32",
      "*uint64", "*uintptr",   "*float32",    "*float64", "*string",  "*[]uint8",
  };
  for (auto c : cases) {
    if (c == t) return true;
  }
  return false;
}

class ScanState {
 public:
  ScanState(std::string_view input, bool nlIsSpace, bool nlIsEnd)
      : in_(input), nlIsEnd_(nlIsEnd), nlIsSpace_(nlIsSpace) {}

  void doScan(const GoEface* a, size_t n, int64_t& numProcessed);
  void doScanf(std::string_view format, const GoEface* a, size_t n, int64_t& numProcessed);

 private:
  // --- readRune over the string: one rune of push back (peekRune >= 0),
  // else the complement of the last rune read.
  bool rawReadRune(int32_t* r) {
    if (peekRune_ >= 0) {
      *r = peekRune_;
      peekRune_ = ~peekRune_;
      return true;
    }
    if (pos_ >= in_.size()) return false;
    DecodedRune d = decodeAt(in_, pos_);
    pos_ += static_cast<size_t>(d.width);
    peekRune_ = ~d.r;
    *r = d.r;
    return true;
  }
  void rawUnreadRune() {
    if (peekRune_ >= 0) return;  // "no rune available": ignored, as ss does
    peekRune_ = ~peekRune_;
  }

  // --- ss
  bool readRune(int32_t* r) {
    if (atEOF_ || count_ >= argLimit_) return false;
    if (rawReadRune(r)) {
      count_++;
      if (nlIsEnd_ && *r == '\n') atEOF_ = true;
      return true;
    }
    atEOF_ = true;
    return false;
  }
  int32_t getRune() {
    int32_t r;
    return readRune(&r) ? r : eof;
  }
  int32_t mustReadRune() {
    int32_t r = getRune();
    if (r == eof) fail(ScanErrKind::IoUnexpectedEOF, {});
    return r;
  }
  void unreadRune() {
    rawUnreadRune();
    atEOF_ = false;
    count_--;
  }
  [[noreturn]] static void fail(ScanErrKind kind, std::string msg) {
    throw ScanFailure{kind, std::move(msg)};
  }
  [[noreturn]] static void errorString(std::string msg) {
    fail(ScanErrKind::Text, std::move(msg));
  }

  void skipSpace();
  const std::string& token(bool skip);
  bool consume(std::string_view ok, bool accept);
  bool peek(std::string_view ok);
  void notEOF();
  bool accept(std::string_view ok) { return consume(ok, true); }
  void okVerb(int32_t verb, std::string_view okVerbs, std::string_view typ);
  bool scanBool(int32_t verb);
  std::pair<int, std::string_view> getBase(int32_t verb);
  std::string scanNumber(std::string_view digits, bool haveDigits);
  int64_t scanRune(int bitSize);
  std::pair<int, std::string_view> scanBasePrefix(bool* zeroFound);
  int64_t scanInt(int32_t verb, int bitSize);
  uint64_t scanUint(int32_t verb, int bitSize);
  std::string floatToken();
  std::pair<std::string, std::string> complexTokens();
  double convertFloat(const std::string& str, int n);
  std::pair<double, double> scanComplex(int32_t verb, int n);
  std::string convertString(int32_t verb);
  std::string quotedString();
  bool hexByte(uint8_t* b);
  std::string hexString();
  void scanPercent();
  void scanOne(int32_t verb, const GoEface& arg);
  int64_t advance(std::string_view format);

  std::string_view in_;
  size_t pos_ = 0;
  int32_t peekRune_ = -1;

  std::string buf_;  // token accumulator
  int64_t count_ = 0;  // runes consumed so far
  bool atEOF_ = false;
  bool nlIsEnd_;
  bool nlIsSpace_;
  int64_t argLimit_ = hugeWid;
  int64_t limit_ = hugeWid;
  int64_t maxWid_ = hugeWid;
};

void ScanState::skipSpace() {
  for (;;) {
    int32_t r = getRune();
    if (r == eof) return;
    if (r == '\r' && peek("\n")) continue;
    if (r == '\n') {
      if (nlIsSpace_) continue;
      errorString("unexpected newline");
    }
    if (!isSpace(r)) {
      unreadRune();
      break;
    }
  }
}

// token(skipSpace, notSpace).
const std::string& ScanState::token(bool skip) {
  if (skip) skipSpace();
  for (;;) {
    int32_t r = getRune();
    if (r == eof) break;
    if (isSpace(r)) {
      unreadRune();
      break;
    }
    appendRune(buf_, r);
  }
  return buf_;
}

bool ScanState::consume(std::string_view ok, bool acceptIt) {
  int32_t r = getRune();
  if (r == eof) return false;
  if (inSet(ok, r)) {
    if (acceptIt) appendRune(buf_, r);
    return true;
  }
  if (acceptIt) unreadRune();
  return false;
}

bool ScanState::peek(std::string_view ok) {
  int32_t r = getRune();
  if (r != eof) unreadRune();
  return inSet(ok, r);
}

void ScanState::notEOF() {
  if (getRune() == eof) fail(ScanErrKind::IoEOF, {});
  unreadRune();
}

void ScanState::okVerb(int32_t verb, std::string_view okVerbs, std::string_view typ) {
  if (inSet(okVerbs, verb)) return;
  errorString("bad verb '%" + runeString(verb) + "' for " + std::string(typ));
}

bool ScanState::scanBool(int32_t verb) {
  skipSpace();
  notEOF();
  okVerb(verb, "tv", "boolean");
  switch (getRune()) {
    case '0': return false;
    case '1': return true;
    case 't':
    case 'T':
      if (accept("rR") && (!accept("uU") || !accept("eE"))) {
        errorString("syntax error scanning boolean");
      }
      return true;
    case 'f':
    case 'F':
      if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) {
        errorString("syntax error scanning boolean");
      }
      return false;
  }
  return false;
}

std::pair<int, std::string_view> ScanState::getBase(int32_t verb) {
  okVerb(verb, "bdoUxXv", "integer");
  switch (verb) {
    case 'b': return {2, binaryDigits};
    case 'o': return {8, octalDigits};
    case 'x':
    case 'X':
    case 'U': return {16, hexadecimalDigits};
  }
  return {10, decimalDigits};
}

std::string ScanState::scanNumber(std::string_view digits, bool haveDigits) {
  if (!haveDigits) {
    notEOF();
    if (!accept(digits)) errorString("expected integer");
  }
  while (accept(digits)) {
  }
  return buf_;
}

int64_t ScanState::scanRune(int bitSize) {
  notEOF();
  int32_t r = getRune();
  const int shift = 64 - bitSize;
  auto x = static_cast<int64_t>(static_cast<uint64_t>(r) << shift) >> shift;
  if (x != r) errorString("overflow on character value " + runeString(r));
  return r;
}

std::pair<int, std::string_view> ScanState::scanBasePrefix(bool* zeroFound) {
  static constexpr std::string_view bin = "01_", oct = "01234567_", dec = "0123456789_",
                                    hex = "0123456789aAbBcCdDeEfF_";
  *zeroFound = false;
  if (!peek("0")) return {0, dec};
  accept("0");
  *zeroFound = true;
  if (peek("bB")) {
    consume("bB", true);
    return {0, bin};
  }
  if (peek("oO")) {
    consume("oO", true);
    return {0, oct};
  }
  if (peek("xX")) {
    consume("xX", true);
    return {0, hex};
  }
  return {0, oct};
}

int64_t ScanState::scanInt(int32_t verb, int bitSize) {
  if (verb == 'c') return scanRune(bitSize);
  skipSpace();
  notEOF();
  auto [base, digits] = getBase(verb);
  bool haveDigits = false;
  if (verb == 'U') {
    if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
  } else {
    accept(sign);  // If there's a sign, it will be left in the token buffer.
    if (verb == 'v') std::tie(base, digits) = scanBasePrefix(&haveDigits);
  }
  std::string tok = scanNumber(digits, haveDigits);
  int64_t i = 0;
  NumError e;
  if (!parseInt(tok, base, 64, &i, &e)) errorString(e.text());
  const int shift = 64 - bitSize;
  auto x = static_cast<int64_t>(static_cast<uint64_t>(i) << shift) >> shift;
  if (x != i) errorString("integer overflow on token " + tok);
  return i;
}

uint64_t ScanState::scanUint(int32_t verb, int bitSize) {
  if (verb == 'c') return static_cast<uint64_t>(scanRune(bitSize));
  skipSpace();
  notEOF();
  auto [base, digits] = getBase(verb);
  bool haveDigits = false;
  if (verb == 'U') {
    if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
  } else if (verb == 'v') {
    std::tie(base, digits) = scanBasePrefix(&haveDigits);
  }
  std::string tok = scanNumber(digits, haveDigits);
  uint64_t i = 0;
  NumError e;
  if (!parseUint(tok, base, 64, &i, &e)) errorString(e.text());
  const int shift = 64 - bitSize;
  uint64_t x = (i << shift) >> shift;
  if (x != i) errorString("unsigned integer overflow on token " + tok);
  return i;
}

std::string ScanState::floatToken() {
  buf_.clear();
  // NaN?
  if (accept("nN") && accept("aA") && accept("nN")) return buf_;
  // leading sign?
  accept(sign);
  // Inf?
  if (accept("iI") && accept("nN") && accept("fF")) return buf_;
  std::string_view digits = "0123456789_";
  std::string_view exp = exponent;
  if (accept("0") && accept("xX")) {
    digits = "0123456789aAbBcCdDeEfF_";
    exp = "pP";
  }
  // digits?
  while (accept(digits)) {
  }
  // decimal point?
  if (accept(period)) {
    // fraction?
    while (accept(digits)) {
    }
  }
  // exponent?
  if (accept(exp)) {
    // leading sign?
    accept(sign);
    // digits?
    while (accept("0123456789_")) {
    }
  }
  return buf_;
}

std::pair<std::string, std::string> ScanState::complexTokens() {
  const bool parens = accept("(");
  std::string real = floatToken();
  buf_.clear();
  // Must now have a sign.
  if (!accept("+-")) errorString("syntax error scanning complex number");
  std::string imagSign = buf_;
  std::string imag = floatToken();
  if (!accept("i")) errorString("syntax error scanning complex number");
  if (parens && !accept(")")) errorString("syntax error scanning complex number");
  return {real, imagSign + imag};
}

double ScanState::convertFloat(const std::string& str, int n) {
  size_t p = str.find('p');
  if (p != std::string::npos && str.find_first_of("xX") == std::string::npos) {
    // Atof doesn't handle power-of-2 exponents, but they're easy to evaluate.
    double f = 0;
    NumError e;
    if (!parseFloat(std::string_view(str).substr(0, p), n, &f, &e)) {
      e.num = str;  // Put full string into error.
      errorString(e.text());
    }
    int64_t m = 0;
    if (!atoi(std::string_view(str).substr(p + 1), &m, &e)) {
      e.num = str;
      errorString(e.text());
    }
    // math.Ldexp; beyond ±1e5 every result is already 0 or ±Inf.
    if (m > 100000) m = 100000;
    if (m < -100000) m = -100000;
    return std::ldexp(f, static_cast<int>(m));
  }
  double f = 0;
  NumError e;
  if (!parseFloat(str, n, &f, &e)) errorString(e.text());
  return f;
}

std::pair<double, double> ScanState::scanComplex(int32_t verb, int n) {
  okVerb(verb, floatVerbs, "complex");
  skipSpace();
  notEOF();
  auto [sreal, simag] = complexTokens();
  double real = convertFloat(sreal, n / 2);
  double imag = convertFloat(simag, n / 2);
  return {real, imag};
}

std::string ScanState::convertString(int32_t verb) {
  okVerb(verb, "svqxX", "string");
  skipSpace();
  notEOF();
  switch (verb) {
    case 'q': return quotedString();
    case 'x':
    case 'X': return hexString();
  }
  return token(true);  // %s and %v just return the next word
}

std::string ScanState::quotedString() {
  notEOF();
  int32_t quote = getRune();
  if (quote == '`') {
    // Back-quoted: Anything goes until EOF or back quote.
    for (;;) {
      int32_t r = mustReadRune();
      if (r == quote) break;
      appendRune(buf_, r);
    }
    return buf_;
  }
  if (quote == '"') {
    // Double-quoted: Include the quotes and let Unquote do the backslash escapes.
    buf_ += '"';
    for (;;) {
      int32_t r = mustReadRune();
      appendRune(buf_, r);
      if (r == '\\') {
        // Only the character immediately after the escape can itself be a
        // backslash or quote.
        appendRune(buf_, mustReadRune());
      } else if (r == '"') {
        break;
      }
    }
    std::string result;
    if (!unquote(buf_, &result)) errorString("invalid syntax");  // strconv.ErrSyntax
    return result;
  }
  errorString("expected quoted string");
}

int hexDigit(int32_t d) {
  if ('0' <= d && d <= '9') return d - '0';
  if ('a' <= d && d <= 'f') return 10 + d - 'a';
  if ('A' <= d && d <= 'F') return 10 + d - 'A';
  return -1;
}

bool ScanState::hexByte(uint8_t* b) {
  int32_t rune1 = getRune();
  if (rune1 == eof) return false;
  int value1 = hexDigit(rune1);
  if (value1 < 0) {
    unreadRune();
    return false;
  }
  int value2 = hexDigit(mustReadRune());
  if (value2 < 0) errorString("illegal hex digit");
  *b = static_cast<uint8_t>(value1 << 4 | value2);
  return true;
}

std::string ScanState::hexString() {
  notEOF();
  uint8_t b;
  while (hexByte(&b)) buf_ += static_cast<char>(b);
  if (buf_.empty()) errorString("no hex data for %x string");
  return buf_;
}

void ScanState::scanPercent() {
  skipSpace();
  notEOF();
  if (!accept("%")) errorString("missing literal %");
}

template <typename T>
void store(void* dst, T v) {
  std::memcpy(dst, &v, sizeof v);
}

void storeInt(void* dst, const GoType* t, uint64_t v) {
  switch (t->size) {
    case 1: store(dst, static_cast<uint8_t>(v)); break;
    case 2: store(dst, static_cast<uint16_t>(v)); break;
    case 4: store(dst, static_cast<uint32_t>(v)); break;
    default: store(dst, v); break;
  }
}

void ScanState::scanOne(int32_t verb, const GoEface& arg) {
  buf_.clear();
  // Go: reflect.ValueOf(nil).Type() panics.
  if (arg.type == nullptr) throw ScanPanicked{ScanPanic::NilArg};
  const GoType* pt = arg.type;
  const std::string_view ts = typeString(pt);
  if (pt->kind != Kind::Pointer) errorString("type not a pointer: " + std::string(ts));
  void* dst = arg.data;  // a pointer is stored directly in the interface
  const bool switchCase = isSwitchCase(ts);
  // reflect's Elem of a nil pointer is the zero Value: its Kind is Invalid.
  if (dst == nullptr && !switchCase) errorString("can't scan type: " + std::string(ts));
  const GoType* t = pt->elem;
  // The type switch's cases dereference after scanning: a nil *int panics.
  auto target = [&]() {
    if (dst == nullptr) throw ScanPanicked{ScanPanic::NilPointer};
    return dst;
  };
  switch (t->kind) {
    case Kind::Bool: {
      bool v = scanBool(verb);
      store<uint8_t>(target(), v ? 1 : 0);
      return;
    }
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64: {
      int64_t v = scanInt(verb, bits(t));
      storeInt(target(), t, static_cast<uint64_t>(v));
      return;
    }
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr: {
      uint64_t v = scanUint(verb, bits(t));
      storeInt(target(), t, v);
      return;
    }
    case Kind::Float32:
    case Kind::Float64: {
      // Floats are scanned in the precision of the result; *float32 and
      // *float64 check the verb, reflect's path (named types) does not.
      if (switchCase) okVerb(verb, floatVerbs, ts.substr(1));
      skipSpace();
      notEOF();
      double v = convertFloat(floatToken(), bits(t));
      if (t->kind == Kind::Float32) {
        store(target(), static_cast<float>(v));
      } else {
        store(target(), v);
      }
      return;
    }
    case Kind::Complex64:
    case Kind::Complex128: {
      auto [re, im] = scanComplex(verb, bits(t));
      if (t->kind == Kind::Complex64) {
        float c[2] = {static_cast<float>(re), static_cast<float>(im)};
        std::memcpy(target(), c, sizeof c);
      } else {
        double c[2] = {re, im};
        std::memcpy(target(), c, sizeof c);
      }
      return;
    }
    case Kind::String: {
      std::string s = convertString(verb);
      store(target(), gostring(s));
      return;
    }
    case Kind::Slice: {
      // For now, can only handle (renamed) []byte.
      if (t->elem->kind != Kind::Uint8) errorString("can't scan type: " + std::string(ts));
      std::string s = convertString(verb);
      void* d = target();
      GoSlice v;
      if (switchCase) {
        // *v = []byte(s): the conversion's rounded-up capacity.
        GoString gs{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
        gorun_stringtoslicebyte(&v, &gs);
      } else {
        // reflect.MakeSlice(typ, len(s), len(s)).
        auto len = static_cast<int64_t>(s.size());
        void* p = gorun_mallocgc(s.size(), &byteType);
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        v = GoSlice{p, len, len};
      }
      store(d, v);
      return;
    }
    default: errorString("can't scan type: " + std::string(ts));
  }
}

void ScanState::doScan(const GoEface* a, size_t n, int64_t& numProcessed) {
  for (size_t i = 0; i < n; i++) {
    scanOne('v', a[i]);
    numProcessed++;
  }
  // Check for newline (or EOF) if required (Scanln etc.).
  if (nlIsEnd_) {
    for (;;) {
      int32_t r = getRune();
      if (r == '\n' || r == eof) break;
      if (!isSpace(r)) {
        errorString("expected newline");
      }
    }
  }
}

// advance matches the input against the format up to its next verb: the
// bytes of format consumed, 0 at a verb (or out of input), -1 on a
// mismatch. Runs of spaces match runs of spaces; newlines must match.
int64_t ScanState::advance(std::string_view format) {
  size_t i = 0;
  while (i < format.size()) {
    DecodedRune d = decodeAt(format, i);
    int32_t fmtc = d.r;
    size_t w = static_cast<size_t>(d.width);

    // Space processing. Newline in the format matches input of zero or
    // more spaces and then newline or end-of-input. Spaces in the format
    // before the newline are collapsed into the newline. Spaces in the
    // format after the newline match zero or more spaces after the
    // corresponding input newline. Other spaces in the format match input
    // of one or more spaces or end-of-input.
    if (isSpace(fmtc)) {
      int newlines = 0;
      bool trailingSpace = false;
      while (isSpace(fmtc) && i < format.size()) {
        if (fmtc == '\n') {
          newlines++;
          trailingSpace = false;
        } else {
          trailingSpace = true;
        }
        i += w;
        d = decodeAt(format, i);
        fmtc = d.r;
        w = static_cast<size_t>(d.width);
      }
      for (int j = 0; j < newlines; j++) {
        int32_t inputc = getRune();
        while (isSpace(inputc) && inputc != '\n') inputc = getRune();
        if (inputc != '\n' && inputc != eof) errorString("newline in format does not match input");
      }
      if (trailingSpace) {
        int32_t inputc = getRune();
        if (newlines == 0) {
          // If the trailing space stood alone (did not follow a newline),
          // it must find at least one space to consume.
          if (!isSpace(inputc) && inputc != eof) {
            errorString("expected space in input to match format");
          }
          if (inputc == '\n') errorString("newline in input does not match format");
        }
        while (isSpace(inputc) && inputc != '\n') inputc = getRune();
        if (inputc != eof) unreadRune();
      }
      continue;
    }

    // Verbs.
    if (fmtc == '%') {
      // % at end of string is an error.
      if (i + w == format.size()) errorString("missing verb: % at end of format string");
      // %% acts like a real percent
      int32_t nextc = decodeAt(format, i + w).r;  // will not match % if string is empty
      if (nextc != '%') return static_cast<int64_t>(i);
      i += w;  // skip the first %
    }

    // Literals.
    int32_t inputc = mustReadRune();
    if (fmtc != inputc) {
      unreadRune();
      return -1;
    }
    i += w;
  }
  return static_cast<int64_t>(i);
}

// print.go's parsenum: the width at s[start:end], if any.
std::tuple<int64_t, bool, size_t> parsenum(std::string_view s, size_t start, size_t end) {
  if (start >= end) return {0, false, end};
  int64_t num = 0;
  bool isnum = false;
  size_t newi = start;
  for (; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++) {
    if (num > 1000000 || num < -1000000) return {0, false, end};  // tooLarge
    num = num * 10 + (s[newi] - '0');
    isnum = true;
  }
  return {num, isnum, newi};
}

void ScanState::doScanf(std::string_view format, const GoEface* a, size_t n,
                        int64_t& numProcessed) {
  // end = len(format) - 1 (as an int: -1 for an empty format).
  const int64_t end = static_cast<int64_t>(format.size()) - 1;
  // We process one item per non-trivial format
  for (int64_t i = 0; i <= end;) {
    int64_t w = advance(format.substr(static_cast<size_t>(i)));
    if (w > 0) {
      i += w;
      continue;
    }
    // Either we failed to advance, we have a percent character, or we ran out of input.
    if (format[static_cast<size_t>(i)] != '%') {
      // Can't advance format. Why not?
      if (w < 0) errorString("input does not match format");
      // Otherwise at EOF; "too many operands" error handled below
      break;
    }
    i++;  // % is one byte

    // do we have 20 (width)?
    auto [wid, widPresent, newi] =
        parsenum(format, static_cast<size_t>(i), static_cast<size_t>(end));
    maxWid_ = widPresent ? wid : hugeWid;
    i = static_cast<int64_t>(newi);

    DecodedRune d = decodeAt(format, static_cast<size_t>(i));
    const int32_t c = d.r;
    i += d.width;

    if (c != 'c') skipSpace();
    if (c == '%') {
      scanPercent();
      continue;  // Do not consume an argument.
    }
    argLimit_ = limit_;
    if (int64_t f = count_ + maxWid_; f < argLimit_) argLimit_ = f;

    if (static_cast<size_t>(numProcessed) >= n) {  // out of operands
      errorString("too few operands for format '%" +
                  std::string(format.substr(static_cast<size_t>(i - d.width))) + "'");
    }
    scanOne(c, a[numProcessed]);
    numProcessed++;
    argLimit_ = limit_;
  }
  if (static_cast<size_t>(numProcessed) < n) errorString("too many operands");
}

}  // namespace

ScanPanic sscan(ScanMode mode, std::string_view input, std::string_view format,
                const GoEface* a, size_t n, ScanResults* out) {
  int64_t numProcessed = 0;
  ScanErrKind kind = ScanErrKind::None;
  std::string msg;
  try {
    // newScanState(r, nlIsSpace, nlIsEnd)
    switch (mode) {
      case ScanMode::Scan: ScanState(input, true, false).doScan(a, n, numProcessed); break;
      case ScanMode::Scanln: ScanState(input, false, true).doScan(a, n, numProcessed); break;
      case ScanMode::Scanf:
        ScanState(input, false, false).doScanf(format, a, n, numProcessed);
        break;
    }
  } catch (ScanFailure& f) {
    kind = f.kind;
    msg = std::move(f.msg);
  } catch (const ScanPanicked& p) {
    return p.what;
  }
  out->n = numProcessed;
  out->kind = static_cast<int64_t>(kind);
  out->msg = kind == ScanErrKind::Text ? gostring(msg) : GoString{nullptr, 0};
  return ScanPanic::None;
}

}  // namespace gorun::runtime::gofmt
