// Tokens and source positions, after Go's go/token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gorun::frontend {

// Pos is a 1-based line and column (in bytes, as gc counts them) within
// one source file. The zero Pos means "no position".
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  bool valid() const { return line != 0; }
  friend bool operator==(Pos, Pos) = default;
  friend bool operator<(Pos a, Pos b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  }
};

enum class Tok : uint8_t {
  Illegal,
  Eof,
  Comment,

  // Literals and names.
  Ident,
  Int,
  Float,
  Imag,
  Char,
  String,

  // Operators and delimiters.
  Add,     // +
  Sub,     // -
  Mul,     // *
  Quo,     // /
  Rem,     // %
  And,     // &
  Or,      // |
  Xor,     // ^
  Shl,     // <<
  Shr,     // >>
  AndNot,  // &^

  AddAssign,     // +=
  SubAssign,     // -=
  MulAssign,     // *=
  QuoAssign,     // /=
  RemAssign,     // %=
  AndAssign,     // &=
  OrAssign,      // |=
  XorAssign,     // ^=
  ShlAssign,     // <<=
  ShrAssign,     // >>=
  AndNotAssign,  // &^=

  LAnd,   // &&
  LOr,    // ||
  Arrow,  // <-
  Inc,    // ++
  Dec,    // --

  Eql,     // ==
  Lss,     // <
  Gtr,     // >
  Assign,  // =
  Not,     // !
  Neq,     // !=
  Leq,     // <=
  Geq,     // >=
  Define,  // :=
  Ellipsis,  // ...
  Tilde,     // ~ (only to reject generic syntax clearly)

  LParen,
  LBrack,
  LBrace,
  Comma,
  Period,
  RParen,
  RBrack,
  RBrace,
  Semicolon,
  Colon,

  // Keywords.
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
};

// The spelling of a token kind as Go writes it ("+", "func", "EOF"...).
std::string_view tokString(Tok t);

// For an assignment operator (+= ...) the binary operator it applies.
Tok assignOpBase(Tok t);

// Binary operator precedence as in the Go spec (5 highest), 0 if not binary.
int precedence(Tok t);

}  // namespace gorun::frontend
