// The scanner (see scanner.h), a close port of gc's syntax/scanner.go: same
// token boundaries, same semicolon rule, same error wording and positions.
//
// Positions: line_/col_ always describe ch_, the character not yet consumed;
// a token's position is that of its first character. Columns count bytes,
// as gc's do, so a tab or a multi-byte character advances them by its size.
#include "frontend/scanner.h"

#include "frontend/unicode.h"

#include <fmt/format.h>

namespace gorun::frontend {

namespace {

constexpr int32_t kEOF = -1;

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool isLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

struct Keyword {
  std::string_view name;
  Tok tok;
};
constexpr Keyword kKeywords[] = {
    {"break", Tok::Break},   {"case", Tok::Case},         {"chan", Tok::Chan},
    {"const", Tok::Const},   {"continue", Tok::Continue}, {"default", Tok::Default},
    {"defer", Tok::Defer},   {"else", Tok::Else},         {"fallthrough", Tok::Fallthrough},
    {"for", Tok::For},       {"func", Tok::Func},         {"go", Tok::Go},
    {"goto", Tok::Goto},     {"if", Tok::If},             {"import", Tok::Import},
    {"interface", Tok::Interface}, {"map", Tok::Map},     {"package", Tok::Package},
    {"range", Tok::Range},   {"return", Tok::Return},     {"select", Tok::Select},
    {"struct", Tok::Struct}, {"switch", Tok::Switch},     {"type", Tok::Type},
    {"var", Tok::Var},
};

// invalidSep returns the index of the first invalid separator in x, or -1
// (gc's invalidSep: '_' must sit between two digits, or after a prefix).
int invalidSep(std::string_view x) {
  int32_t x1 = ' ';  // prefix char; only 'x' matters
  int32_t d = '.';   // '_', '0' (a digit) or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return int(x.size()) - 1;
  return -1;
}

}  // namespace

Scanner::Scanner(std::string_view src, std::string filename, Diagnostics& diags)
    : src_(src), filename_(std::move(filename)), diags_(diags) {
  // A byte order mark is allowed only as the very first character.
  if (src_.substr(0, 3) == "\xEF\xBB\xBF") {
    off_ = 3;
    col_ = 4;
  }
  // "#!" script line: skip it but not its newline, so lines stay counted.
  if (src_.substr(off_, 2) == "#!") {
    size_t nl = src_.find('\n', off_);
    size_t end = nl == std::string_view::npos ? src_.size() : nl;
    col_ += uint32_t(end - off_);
    off_ = end;
  }
  chw_ = 0;
  ch_ = ' ';  // a harmless "previous" character for the first nextch
  nextch();
}

void Scanner::errorf(std::string msg) { diags_.error(filename_, Pos{line_, col_}, std::move(msg)); }

void Scanner::errorAt(uint32_t offset, std::string msg) {
  diags_.error(filename_, Pos{pos.line, pos.col + offset}, std::move(msg));
}

// nextch consumes ch_ and reads the next character into ch_, skipping (and
// reporting) NUL bytes, invalid UTF-8 and misplaced byte order marks.
void Scanner::nextch() {
  for (;;) {
    off_ += chw_;
    col_ += uint32_t(chw_);
    if (ch_ == '\n') {
      line_++;
      col_ = 1;
    }
    if (off_ >= src_.size()) {
      ch_ = kEOF;
      chw_ = 0;
      return;
    }
    unsigned char c = static_cast<unsigned char>(src_[off_]);
    if (c < 0x80) {
      ch_ = c;
      chw_ = 1;
      if (c == 0) {
        errorf("invalid NUL character");
        continue;
      }
      return;
    }
    size_t w;
    char32_t r = decodeRune(src_.substr(off_), w);
    ch_ = int32_t(r);
    chw_ = w;
    if (r == kRuneError && w == 1) {
      errorf("invalid UTF-8 encoding");
      continue;
    }
    if (r == 0xFEFF) {
      errorf("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

void Scanner::setLit(Tok kind, bool ok) {
  nlsemi_ = true;
  tok = kind;
  lit = segment();
  bad = !ok;
}

void Scanner::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  bad = false;
  lit = {};

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  // Token start.
  pos = Pos{line_, col_};
  start_ = off_;
  if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
    nextch();
    ident();
    return;
  }

  // An operator that may be followed by '=' to form its op-assign form.
  auto assignop = [&](Tok op, Tok opAssign) {
    if (ch_ == '=') {
      nextch();
      tok = opAssign;
    } else {
      tok = op;
    }
  };

  switch (ch_) {
    case kEOF:
      if (nlsemi) {
        lit = "EOF";
        tok = Tok::Semicolon;
        break;
      }
      tok = Tok::Eof;
      break;
    case '\n':
      nextch();
      lit = "newline";
      tok = Tok::Semicolon;
      break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      number(false);
      break;
    case '"': stdString(); break;
    case '`': rawString(); break;
    case '\'': rune(); break;
    case '(': nextch(); tok = Tok::LParen; break;
    case '[': nextch(); tok = Tok::LBrack; break;
    case '{': nextch(); tok = Tok::LBrace; break;
    case ',': nextch(); tok = Tok::Comma; break;
    case ';':
      nextch();
      lit = "semicolon";
      tok = Tok::Semicolon;
      break;
    case ')': nextch(); nlsemi_ = true; tok = Tok::RParen; break;
    case ']': nextch(); nlsemi_ = true; tok = Tok::RBrack; break;
    case '}': nextch(); nlsemi_ = true; tok = Tok::RBrace; break;
    case ':':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Define;
        break;
      }
      tok = Tok::Colon;
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        number(true);
        break;
      }
      // ".." is two periods; only "..." is an ellipsis.
      if (ch_ == '.' && off_ + 1 < src_.size() && src_[off_ + 1] == '.') {
        nextch();
        nextch();
        tok = Tok::Ellipsis;
        break;
      }
      tok = Tok::Period;
      break;
    case '+':
      nextch();
      if (ch_ == '+') {
        nextch();
        nlsemi_ = true;
        tok = Tok::Inc;
        break;
      }
      assignop(Tok::Add, Tok::AddAssign);
      break;
    case '-':
      nextch();
      if (ch_ == '-') {
        nextch();
        nlsemi_ = true;
        tok = Tok::Dec;
        break;
      }
      assignop(Tok::Sub, Tok::SubAssign);
      break;
    case '*':
      nextch();
      assignop(Tok::Mul, Tok::MulAssign);
      break;
    case '/':
      nextch();
      if (ch_ == '/') {
        nextch();
        lineComment();
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        fullComment();
        if (line_ > pos.line && nlsemi) {
          // A multi-line comment acts like a newline.
          lit = "newline";
          tok = Tok::Semicolon;
          break;
        }
        goto redo;
      }
      assignop(Tok::Quo, Tok::QuoAssign);
      break;
    case '%':
      nextch();
      assignop(Tok::Rem, Tok::RemAssign);
      break;
    case '&':
      nextch();
      if (ch_ == '&') {
        nextch();
        tok = Tok::LAnd;
        break;
      }
      if (ch_ == '^') {
        nextch();
        assignop(Tok::AndNot, Tok::AndNotAssign);
        break;
      }
      assignop(Tok::And, Tok::AndAssign);
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        nextch();
        tok = Tok::LOr;
        break;
      }
      assignop(Tok::Or, Tok::OrAssign);
      break;
    case '^':
      nextch();
      assignop(Tok::Xor, Tok::XorAssign);
      break;
    case '<':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Leq;
        break;
      }
      if (ch_ == '<') {
        nextch();
        assignop(Tok::Shl, Tok::ShlAssign);
        break;
      }
      if (ch_ == '-') {
        nextch();
        tok = Tok::Arrow;
        break;
      }
      tok = Tok::Lss;
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Geq;
        break;
      }
      if (ch_ == '>') {
        nextch();
        assignop(Tok::Shr, Tok::ShrAssign);
        break;
      }
      tok = Tok::Gtr;
      break;
    case '=':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Eql;
        break;
      }
      tok = Tok::Assign;
      break;
    case '!':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Neq;
        break;
      }
      tok = Tok::Not;
      break;
    case '~':
      nextch();
      tok = Tok::Tilde;
      break;
    default:
      errorf(fmt::format("invalid character {}", formatRuneU(char32_t(ch_))));
      nextch();
      goto redo;
  }
}

void Scanner::ident() {
  while (isLetter(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= 0x80) {
    while (atIdentChar(false)) nextch();
  }
  std::string_view word = segment();
  if (word.size() >= 2) {
    for (const Keyword& k : kKeywords) {
      if (k.name == word) {
        tok = k.tok;
        nlsemi_ = tok == Tok::Break || tok == Tok::Continue || tok == Tok::Fallthrough ||
                  tok == Tok::Return;
        return;
      }
    }
  }
  nlsemi_ = true;
  lit = word;
  tok = Tok::Ident;
}

bool Scanner::atIdentChar(bool first) {
  if (ch_ < 0) return false;
  char32_t r = char32_t(ch_);
  if (isUnicodeLetter(r) || r == '_') return true;
  if (isUnicodeDigit(r)) {
    if (first) errorf(fmt::format("identifier cannot begin with digit {}", formatRuneU(r)));
    return true;
  }
  if (r >= 0x80) {
    errorf(fmt::format("invalid character {} in identifier", formatRuneU(r)));
    return true;
  }
  return false;
}

// digits accepts { digit | '_' }. For base <= 10 it accepts every decimal
// digit but records in *invalid the offset (from the token start) of the
// first digit >= base. Returns bit 0 set if a digit was seen, bit 1 if '_'.
int Scanner::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = int(off_ - start_);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Scanner::number(bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  int32_t prefix = 0;  // 0 (decimal), '0' (0-octal), 'x', 'o' or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1;  // the leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorf(fmt::format("invalid radix point in {} literal", baseName(base)));
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = Tok::Float;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    errorf(fmt::format("{} literal has no digits", baseName(base)));
    ok = false;
  }

  if (int32_t e = lower(ch_); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorf(fmt::format("{} exponent requires decimal mantissa", quoteRune(char32_t(ch_))));
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorf(fmt::format("{} exponent requires hexadecimal mantissa", quoteRune(char32_t(ch_))));
        ok = false;
      }
    }
    nextch();
    kind = Tok::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorf("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    errorf("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Tok::Imag;
    nextch();
  }

  setLit(kind, ok);

  if (kind == Tok::Int && invalid >= 0 && ok) {
    errorAt(uint32_t(invalid), fmt::format("invalid digit {} in {} literal",
                                           quoteRune(char32_t(lit[size_t(invalid)])), baseName(base)));
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int i = invalidSep(lit); i >= 0) {
      errorAt(uint32_t(i), "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

void Scanner::rune() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorf("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorf("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(Tok::Char, ok);
}

void Scanner::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorf("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Tok::String, ok);
}

void Scanner::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Tok::String, ok);
}

void Scanner::lineComment() {
  // The newline is not consumed: it may still become a semicolon.
  while (ch_ >= 0 && ch_ != '\n') nextch();
  constexpr std::string_view directive = "//go:noinline";
  std::string_view text = segment();
  if (text.size() >= directive.size() && text.substr(0, directive.size()) == directive &&
      pos.col == 1)
    noinline = true;
}

bool Scanner::fullComment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  errorAt(0, "comment not terminated");
  return false;
}

// escape scans one escape sequence after its backslash. At EOF it returns
// true and leaves the complaint to the caller ("not terminated").
bool Scanner::escape(char32_t quote) {
  int n;
  uint32_t base, max;
  if (ch_ >= 0 && (char32_t(ch_) == quote || ch_ == 'a' || ch_ == 'b' || ch_ == 'f' ||
                   ch_ == 'n' || ch_ == 'r' || ch_ == 't' || ch_ == 'v' || ch_ == '\\')) {
    nextch();
    return true;
  }
  switch (ch_) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x': nextch(); n = 2, base = 16, max = 255; break;
    case 'u': nextch(); n = 4, base = 16, max = kMaxRune; break;
    case 'U': nextch(); n = 8, base = 16, max = kMaxRune; break;
    default:
      if (ch_ < 0) return true;
      errorf("unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) {
      d = uint32_t(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = uint32_t(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      errorf(fmt::format("invalid character {} in {} escape", quoteRune(char32_t(ch_)),
                         baseName(int(base))));
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorf(fmt::format("octal escape value {} > 255", x));
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    errorf(fmt::format("escape is invalid Unicode code point {}", formatRuneU(x)));
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Literal decoders

namespace {

// decodeEscape decodes the escape sequence at s[i] (just after the
// backslash), appending its bytes to out (or, for a rune literal, setting
// *runeOut). Advances i past it. Returns "" or gc's message.
std::string decodeEscape(std::string_view s, size_t& i, char32_t quote, std::string* out,
                         char32_t* runeOut) {
  if (i >= s.size()) return "escape sequence not terminated";
  char c = s[i];
  char32_t simple = 0;
  switch (c) {
    case 'a': simple = '\a'; break;
    case 'b': simple = '\b'; break;
    case 'f': simple = '\f'; break;
    case 'n': simple = '\n'; break;
    case 'r': simple = '\r'; break;
    case 't': simple = '\t'; break;
    case 'v': simple = '\v'; break;
    case '\\': simple = '\\'; break;
    default:
      if (char32_t(c) == quote) simple = quote;
  }
  if (simple) {
    i++;
    if (out) *out += char(simple);
    if (runeOut) *runeOut = simple;
    return "";
  }
  int n;
  uint32_t base, max;
  if (c >= '0' && c <= '7') {
    n = 3, base = 8, max = 255;
  } else if (c == 'x') {
    i++, n = 2, base = 16, max = 255;
  } else if (c == 'u') {
    i++, n = 4, base = 16, max = kMaxRune;
  } else if (c == 'U') {
    i++, n = 8, base = 16, max = kMaxRune;
  } else {
    return "unknown escape";
  }
  uint32_t x = 0;
  for (int k = 0; k < n; k++, i++) {
    if (i >= s.size()) return "escape sequence not terminated";
    int32_t ch = static_cast<unsigned char>(s[i]);
    uint32_t d = base;
    if (isDecimal(ch)) {
      d = uint32_t(ch - '0');
    } else if ('a' <= lower(ch) && lower(ch) <= 'f') {
      d = uint32_t(lower(ch) - 'a' + 10);
    }
    if (d >= base) {
      size_t w;
      return fmt::format("invalid character {} in {} escape",
                         quoteRune(decodeRune(s.substr(i), w)), baseName(int(base)));
    }
    x = x * base + d;
  }
  if (x > max && base == 8) return fmt::format("octal escape value {} > 255", x);
  if (x > max || (0xD800 <= x && x < 0xE000))
    return fmt::format("escape is invalid Unicode code point {}", formatRuneU(x));
  if (runeOut) *runeOut = x;
  if (out) {
    // \x and octal escapes denote bytes; \u and \U denote code points.
    if (max == 255)
      *out += char(x);
    else
      appendRune(*out, x);
  }
  return "";
}

}  // namespace

StringLitValue unquoteString(std::string_view lit) {
  StringLitValue v;
  if (lit.size() < 2 || lit.front() != lit.back() || (lit[0] != '"' && lit[0] != '`')) {
    v.err = "string not terminated";
    return v;
  }
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (lit[0] == '`') {
    for (char c : body)
      if (c != '\r') v.bytes += c;
    return v;
  }
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '\n') {
      v.err = "newline in string";
      return v;
    }
    if (c != '\\') {
      v.bytes += c;
      i++;
      continue;
    }
    i++;
    if (std::string e = decodeEscape(body, i, '"', &v.bytes, nullptr); !e.empty()) {
      v.err = std::move(e);
      return v;
    }
  }
  return v;
}

RuneLitValue unquoteRune(std::string_view lit) {
  RuneLitValue v;
  if (lit.size() < 2 || lit.front() != '\'' || lit.back() != '\'') {
    v.err = "rune literal not terminated";
    return v;
  }
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (body.empty()) {
    v.err = "empty rune literal or unescaped '";
    return v;
  }
  size_t i = 0;
  if (body[0] == '\\') {
    i = 1;
    if (std::string e = decodeEscape(body, i, '\'', nullptr, &v.value); !e.empty()) {
      v.err = std::move(e);
      return v;
    }
  } else {
    size_t w;
    v.value = decodeRune(body, w);
    i = w;
  }
  if (i != body.size()) v.err = "more than one character in rune literal";
  return v;
}

namespace {

std::string withoutSeparators(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

// Rewrites digits of base 2 or 8 (a power of two) in base 16.
std::string toHexDigits(std::string_view digits, unsigned bitsPerDigit) {
  std::string bits;
  for (char c : digits) {
    unsigned d = unsigned(c - '0');
    for (int b = int(bitsPerDigit) - 1; b >= 0; b--) bits += ((d >> b) & 1) ? '1' : '0';
  }
  while (bits.size() % 4) bits.insert(bits.begin(), '0');
  std::string hex;
  for (size_t i = 0; i < bits.size(); i += 4) {
    unsigned v = 0;
    for (size_t k = 0; k < 4; k++) v = v * 2 + unsigned(bits[i + k] - '0');
    hex += "0123456789abcdef"[v];
  }
  return hex.empty() ? "0" : hex;
}

bool isIntForm(std::string_view s) {
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'x'))
    return s.find_first_of("pP.") == std::string_view::npos;
  return s.find_first_of(".eEpP") == std::string_view::npos;
}

}  // namespace

IntLitDigits intLitDigits(std::string_view lit) {
  IntLitDigits r;
  bool imag = !lit.empty() && lit.back() == 'i';
  if (imag) lit.remove_suffix(1);
  std::string s = withoutSeparators(lit);
  if (s.size() >= 2 && s[0] == '0' && std::string_view("xXoObB").find(s[1]) != std::string_view::npos) {
    switch (lower(s[1])) {
      case 'x': r.base = 16; break;
      case 'o': r.base = 8; break;
      default: r.base = 2;
    }
    s.erase(0, 2);
  } else if (s.size() >= 2 && s[0] == '0' && !imag) {
    r.base = 8;
    s.erase(0, 1);
  }
  // APInt wants no redundant leading zeros to size its result sensibly.
  size_t nz = s.find_first_not_of('0');
  r.digits = nz == std::string::npos ? "0" : s.substr(nz);
  return r;
}

std::string numberLitForAPFloat(std::string_view lit) {
  bool imag = !lit.empty() && lit.back() == 'i';
  std::string_view body = imag ? lit.substr(0, lit.size() - 1) : lit;
  if (!isIntForm(body)) {
    std::string s = withoutSeparators(body);
    // APFloat reads hex floats, but wants a digit before a bare point.
    if (s.size() >= 2 && s[0] == '0' && lower(s[1]) == 'x') {
      if (s.size() > 2 && s[2] == '.') s.insert(2, "0");
    } else if (!s.empty() && s[0] == '.') {
      s.insert(0, "0");
    }
    return s;
  }
  IntLitDigits d = intLitDigits(lit);
  switch (d.base) {
    case 10: return d.digits;
    case 16: return "0x" + d.digits + "p0";
    case 8: return "0x" + toHexDigits(d.digits, 3) + "p0";
    default: return "0x" + toHexDigits(d.digits, 1) + "p0";
  }
}

}  // namespace gorun::frontend
