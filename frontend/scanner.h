// The scanner: Go's lexical grammar, after gc's cmd/compile/internal/syntax.
//
// The scanner turns source bytes into tokens one at a time (next()). Like
// gc's, it inserts semicolons itself: after a line's final token when that
// token is an identifier, a literal, one of the keywords break, continue,
// fallthrough and return, or one of ++ -- ) ] }, a newline (or EOF, or a
// /* */ comment spanning lines) becomes a Semicolon token whose lit is
// "newline" (or "EOF"), so that the parser can say "unexpected newline".
// An explicit ';' has lit "semicolon".
//
// Lexical errors are reported to Diagnostics with gc's wording and
// position, and scanning continues: a malformed literal is still returned
// as a literal token, with `bad` set, so the parser never sees a hole and
// the checker does not report the same literal twice.
//
// The literal decoders at the end of this file turn a literal's source text
// into its value; the checker uses them to build constants.
#pragma once

#include "frontend/diag.h"
#include "frontend/token.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gorun::frontend {

class Scanner {
 public:
  // `src` must outlive the scanner and every lit it hands out. A first line
  // starting with "#!" is skipped (gorun runs Go files as scripts), as is a
  // byte order mark at the very start.
  Scanner(std::string_view src, std::string filename, Diagnostics& diags);

  // Advances to the next token. After Eof, keeps returning Eof.
  void next();

  // The current token, valid after next().
  Tok tok = Tok::Illegal;
  Pos pos;               // first byte of the token
  std::string_view lit;  // Ident: the name; literals: the source text;
                         // Semicolon: "semicolon", "newline" or "EOF"
  bool bad = false;      // literal only: it had an error, already reported
  // A `//go:noinline` directive (a line comment starting at column 1) was
  // seen since the parser last cleared this: the next function
  // declaration is not inlined. gc's other directives are ignored.
  bool noinline = false;

  const std::string& filename() const { return filename_; }

 private:
  void nextch();
  void errorf(std::string msg);                 // at the current character
  void errorAt(uint32_t offset, std::string msg);  // at token start + offset
  std::string_view segment() const { return src_.substr(start_, off_ - start_); }
  void setLit(Tok kind, bool ok);

  void ident();
  bool atIdentChar(bool first);
  int digits(int base, int* invalid);
  void number(bool seenPoint);
  void rune();
  void stdString();
  void rawString();
  void lineComment();
  bool fullComment();
  bool escape(char32_t quote);

  std::string_view src_;
  std::string filename_;
  Diagnostics& diags_;

  // The character being looked at: ch_ (-1 at EOF) of chw_ bytes at off_,
  // at line_/col_.
  size_t off_ = 0;
  int32_t ch_ = -1;
  size_t chw_ = 0;
  uint32_t line_ = 1, col_ = 1;

  size_t start_ = 0;    // offset of the current token's first byte
  bool nlsemi_ = false;  // a newline or EOF here becomes a Semicolon
};

// ---------------------------------------------------------------------------
// Literal decoders. Each takes a literal's text exactly as scanned (BasicLit
// raw) and reports a failure as gc's message ("unknown escape", ...). The
// scanner has already reported the same failure at the literal's position
// (BasicLit::bad is then set), so a caller need only report when !bad.

// The value of a string literal: an interpreted "..." (escapes decoded; \x
// and octal escapes are single bytes, \u and \U are UTF-8 encoded) or a raw
// `...` (carriage returns dropped, as the spec says).
struct StringLitValue {
  std::string bytes;
  std::string err;  // empty on success
  bool ok() const { return err.empty(); }
};
StringLitValue unquoteString(std::string_view lit);

// The value of a rune literal ('a', '\n', '\x7f', '\u00e9', '\377').
struct RuneLitValue {
  char32_t value = 0;
  std::string err;  // empty on success
  bool ok() const { return err.empty(); }
};
RuneLitValue unquoteRune(std::string_view lit);

// An integer literal (or the integer mantissa of an imaginary literal, where
// a leading 0 means decimal, not octal) as its base and its digits without
// prefix and separators: ready for llvm::APInt(bits, digits, base). digits
// is "0" for a literal that is all zeros.
struct IntLitDigits {
  unsigned base = 10;
  std::string digits;
};
IntLitDigits intLitDigits(std::string_view lit);

// Any well-formed Int, Float or Imag literal (the trailing 'i' is dropped)
// rewritten as a string that llvm::APFloat::convertFromString reads exactly:
// separators removed, binary and octal integers rewritten in hex, and hex
// integers given a "p0" exponent.
std::string numberLitForAPFloat(std::string_view lit);

}  // namespace gorun::frontend
