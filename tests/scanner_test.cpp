// Scanner unit tests: tokens, semicolon insertion, literal forms, positions,
// lexical errors (gc's wording), and the literal decoders.
#include "frontend/scanner.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gorun::frontend;

namespace {

struct Token {
  Tok tok;
  std::string lit;
  Pos pos;
  bool bad;
};

std::vector<Token> scanAll(std::string_view src, Diagnostics& diags) {
  Scanner s(src, "x.go", diags);
  std::vector<Token> out;
  for (int guard = 0; guard < 100000; guard++) {
    s.next();
    out.push_back({s.tok, std::string(s.lit), s.pos, s.bad});
    if (s.tok == Tok::Eof) break;
  }
  return out;
}

std::vector<Token> scanAll(std::string_view src) {
  Diagnostics diags;
  auto toks = scanAll(src, diags);
  INFO(src);
  for (auto& d : diags.list()) INFO(d.msg);
  CHECK(diags.empty());
  return toks;
}

// The token kinds of src, with inserted semicolons spelled by their lit.
std::string kinds(std::string_view src) {
  std::string s;
  for (auto& t : scanAll(src)) {
    if (!s.empty()) s += ' ';
    if (t.tok == Tok::Semicolon)
      s += t.lit == "semicolon" ? ";" : "<" + t.lit + ">";
    else if (t.tok == Tok::Ident)
      s += t.lit;
    else if (t.tok >= Tok::Int && t.tok <= Tok::String)
      s += "lit(" + t.lit + ")";
    else
      s += std::string(tokString(t.tok));
  }
  return s;
}

// The first diagnostic for src, as "line:col: msg".
std::string firstError(std::string_view src) {
  Diagnostics diags;
  scanAll(src, diags);
  if (diags.empty()) return "";
  auto& d = diags.list()[0];
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg;
}

}  // namespace

TEST_CASE("operators and keywords", "[scanner]") {
  CHECK(kinds("+ - * / % & | ^ << >> &^") == "+ - * / % & | ^ << >> &^ EOF");
  CHECK(kinds("+= -= *= /= %= &= |= ^= <<= >>= &^=") ==
        "+= -= *= /= %= &= |= ^= <<= >>= &^= EOF");
  CHECK(kinds("&& || <- ++ -- == < > = ! != <= >= := ... ~") ==
        "&& || <- ++ -- == < > = ! != <= >= := ... ~ EOF");
  CHECK(kinds("( [ { , . ) ] } ; :") == "( [ { , . ) ] } ; : EOF");
  CHECK(kinds("break case chan const continue default defer else fallthrough for func go goto if "
              "import interface map package range return select struct switch type var") ==
        "break case chan const continue default defer else fallthrough for func go goto if "
        "import interface map package range return select struct switch type var EOF");
  CHECK(kinds("a.b..c") == "a . b . . c <EOF> EOF");
  CHECK(kinds("x...") == "x ... EOF");
}

TEST_CASE("identifiers", "[scanner]") {
  CHECK(kinds("_x9 αβ ünïcode 日本") == "_x9 αβ ünïcode 日本 <EOF> EOF");
  // Keywords are case-sensitive and exact.
  CHECK(kinds("If funcs") == "If funcs <EOF> EOF");
}

TEST_CASE("semicolon insertion", "[scanner]") {
  // After identifiers, literals, the four keywords and ++ -- ) ] }.
  CHECK(kinds("x\n") == "x <newline> EOF");
  CHECK(kinds("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n") ==
        "lit(1) <newline> lit(2.5) <newline> lit('a') <newline> lit(\"s\") <newline> "
        "lit(`r`) <newline> lit(3i) <newline> EOF");
  CHECK(kinds("break\ncontinue\nfallthrough\nreturn\n") ==
        "break <newline> continue <newline> fallthrough <newline> return <newline> EOF");
  CHECK(kinds("x++\ny--\n)\n]\n}\n") ==
        "x ++ <newline> y -- <newline> ) <newline> ] <newline> } <newline> EOF");
  // Not after operators, other keywords or opening brackets.
  CHECK(kinds("x +\ny") == "x + y <EOF> EOF");
  CHECK(kinds("func\n(\n[\n{\n,\n") == "func ( [ { , EOF");
  CHECK(kinds("if\nelse\n") == "if else EOF");
  // At EOF.
  CHECK(kinds("x") == "x <EOF> EOF");
  CHECK(kinds("}") == "} <EOF> EOF");
  // Blank lines produce one semicolon.
  CHECK(kinds("x\n\n\ny") == "x <newline> y <EOF> EOF");
  // An explicit semicolon cancels insertion.
  CHECK(kinds("x;\ny") == "x ; y <EOF> EOF");
}

TEST_CASE("semicolons and comments", "[scanner]") {
  CHECK(kinds("x // comment\ny") == "x <newline> y <EOF> EOF");
  CHECK(kinds("x // comment") == "x <EOF> EOF");
  CHECK(kinds("x /* c */ y") == "x y <EOF> EOF");
  // A general comment containing a newline acts as a newline.
  CHECK(kinds("x /* a\nb */ y") == "x <newline> y <EOF> EOF");
  CHECK(kinds("x /* one line */\ny") == "x <newline> y <EOF> EOF");
  CHECK(kinds("+ /* a\nb */ y") == "+ y <EOF> EOF");
  CHECK(kinds("/* only */") == "EOF");
  CHECK(kinds("// only\n") == "EOF");
}

TEST_CASE("positions are 1-based line and byte column", "[scanner]") {
  auto toks = scanAll("package main\n\tx := \"é\" + y\n");
  REQUIRE(toks.size() >= 8);
  CHECK(toks[0].pos == Pos{1, 1});   // package
  CHECK(toks[1].pos == Pos{1, 9});   // main
  CHECK(toks[2].pos == Pos{1, 13});  // newline semicolon, at the newline
  CHECK(toks[3].pos == Pos{2, 2});   // x (after a tab: one byte)
  CHECK(toks[4].pos == Pos{2, 4});   // :=
  CHECK(toks[5].pos == Pos{2, 7});   // "é"
  CHECK(toks[6].pos == Pos{2, 12});  // + ("é" is 4 bytes, then a space)
  CHECK(toks[7].pos == Pos{2, 14});  // y
  auto eof = scanAll("x");
  CHECK(eof[1].pos == Pos{1, 2});  // the EOF semicolon, just past x
}

TEST_CASE("script line and BOM", "[scanner]") {
  auto toks = scanAll("#!/usr/bin/env gorun\npackage main\n");
  CHECK(toks[0].tok == Tok::Package);
  CHECK(toks[0].pos == Pos{2, 1});
  auto bom = scanAll("\xEF\xBB\xBFpackage p");
  CHECK(bom[0].tok == Tok::Package);
  CHECK(firstError("x\xEF\xBB\xBF") == "1:2: invalid BOM in the middle of the file");
}

TEST_CASE("integer literals", "[scanner]") {
  for (const char* lit : {"0", "42", "1_000_000", "0x1F", "0X_ff", "0o17", "0O7_7", "017", "0b1011",
                          "0B_1_0", "00", "0_7", "123456789012345678901234567890"}) {
    auto toks = scanAll(lit);
    INFO(lit);
    CHECK(toks[0].tok == Tok::Int);
    CHECK(toks[0].lit == lit);
  }
}

TEST_CASE("float and imaginary literals", "[scanner]") {
  for (const char* lit : {"0.", "1.5", ".25", "1e10", "1E+10", "1.5e-3", "6.67428e-11", "1_0.2_5",
                          "0x1p-2", "0x1.8p1", "0X.8P0", "0x_1p4", "01.5", "09.5", "1e0_0"}) {
    auto toks = scanAll(lit);
    INFO(lit);
    CHECK(toks[0].tok == Tok::Float);
    CHECK(toks[0].lit == lit);
  }
  for (const char* lit : {"0i", "123i", "0123i", "1.5i", "1e3i", "0x1p2i", "0b101i", "0o17i"}) {
    auto toks = scanAll(lit);
    INFO(lit);
    CHECK(toks[0].tok == Tok::Imag);
    CHECK(toks[0].lit == lit);
  }
}

TEST_CASE("rune and string literals", "[scanner]") {
  for (const char* lit : {"'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\x07'", "'\\xff'",
                          "'\\u12e4'", "'\\U00101234'", "'\\''", "'\\\\'", "'\"'"}) {
    auto toks = scanAll(lit);
    INFO(lit);
    CHECK(toks[0].tok == Tok::Char);
    CHECK(toks[0].lit == lit);
  }
  for (const char* lit : {"\"\"", "\"abc\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\"\\xff\\377\"",
                          "\"\\u65e5本\\U00008a9e\"", "\"'\"", "``", "`raw\\n\nline`"}) {
    auto toks = scanAll(lit);
    INFO(lit);
    CHECK(toks[0].tok == Tok::String);
    CHECK(toks[0].lit == lit);
  }
}

TEST_CASE("lexical errors use gc's wording and position", "[scanner]") {
  CHECK(firstError("x := @") == "1:6: invalid character U+0040 '@'");
  CHECK(firstError("a\x01") == "1:2: invalid character U+0001");
  CHECK(firstError("\"abc\ndef\"") == "1:5: newline in string");
  CHECK(firstError("\"abc") == "1:1: string not terminated");
  CHECK(firstError("`abc") == "1:1: string not terminated");
  CHECK(firstError("'ab'") == "1:1: more than one character in rune literal");
  CHECK(firstError("''") == "1:2: empty rune literal or unescaped '");
  CHECK(firstError("'a") == "1:1: rune literal not terminated");
  CHECK(firstError("'\n'") == "1:2: newline in rune literal");
  CHECK(firstError("08") == "1:2: invalid digit '8' in octal literal");
  CHECK(firstError("0b102") == "1:5: invalid digit '2' in binary literal");
  CHECK(firstError("0o8") == "1:3: invalid digit '8' in octal literal");
  CHECK(firstError("1__0") == "1:3: '_' must separate successive digits");
  CHECK(firstError("1_") == "1:2: '_' must separate successive digits");
  CHECK(firstError("0_x") == "1:2: '_' must separate successive digits");
  CHECK(firstError("0x") == "1:3: hexadecimal literal has no digits");
  CHECK(firstError("0b") == "1:3: binary literal has no digits");
  CHECK(firstError("1e") == "1:3: exponent has no digits");
  CHECK(firstError("0x1.5") == "1:6: hexadecimal mantissa requires a 'p' exponent");
  CHECK(firstError("1p3") == "1:2: 'p' exponent requires hexadecimal mantissa");
  CHECK(firstError("0x1e3") == "");  // e is a hex digit
  CHECK(firstError("0b1e3") == "1:4: 'e' exponent requires decimal mantissa");
  CHECK(firstError("0o1.2") == "1:4: invalid radix point in octal literal");
  CHECK(firstError("\"\\q\"") == "1:3: unknown escape");
  CHECK(firstError("\"\\x4g\"") == "1:5: invalid character 'g' in hexadecimal escape");
  CHECK(firstError("'\\400'") == "1:6: octal escape value 256 > 255");
  CHECK(firstError("'\\uD800'") == "1:8: escape is invalid Unicode code point U+D800");
  CHECK(firstError("'\\U00110000'") == "1:12: escape is invalid Unicode code point U+110000");
  CHECK(firstError("/* abc") == "1:1: comment not terminated");
  CHECK(firstError(std::string_view("x\0y", 3)) == "1:2: invalid NUL character");
  CHECK(firstError("x\xff") == "1:2: invalid UTF-8 encoding");
  CHECK(firstError("x\xE2\x82") == "1:2: invalid UTF-8 encoding");
  CHECK(firstError("9x") == "");  // 9 then identifier x: the parser complains
  CHECK(firstError("x\u00a0y") == "1:2: invalid character U+00A0 in identifier");
  CHECK(firstError("\u0660") == "1:1: identifier cannot begin with digit U+0660 '٠'");
}

TEST_CASE("a bad literal is still one literal token", "[scanner]") {
  Diagnostics diags;
  auto toks = scanAll("x = 09 + 'ab'\n", diags);
  REQUIRE(toks.size() >= 6);
  CHECK(toks[2].tok == Tok::Int);
  CHECK(toks[2].bad);
  CHECK(toks[4].tok == Tok::Char);
  CHECK(toks[4].bad);
  CHECK(toks[5].tok == Tok::Semicolon);
  CHECK(diags.count() == 2);
}

TEST_CASE("unquoteString", "[scanner][decode]") {
  CHECK(unquoteString("\"\"").bytes == "");
  CHECK(unquoteString("\"abc\"").bytes == "abc");
  CHECK(unquoteString("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"").bytes == "\a\b\f\n\r\t\v\\\"");
  CHECK(unquoteString("\"\\xff\\377\\000\"").bytes == std::string("\xff\xff\0", 3));
  CHECK(unquoteString("\"\\u65e5\\U00008a9e\"").bytes == "日語");
  CHECK(unquoteString("\"日本\"").bytes == "日本");
  CHECK(unquoteString("`a\\n\r\nb`").bytes == "a\\n\nb");  // raw: CR dropped
  CHECK(unquoteString("\"\\q\"").err == "unknown escape");
  CHECK(unquoteString("\"\\'\"").err == "unknown escape");
  CHECK(unquoteString("\"\\x4g\"").err == "invalid character 'g' in hexadecimal escape");
  CHECK(unquoteString("\"\\400\"").err == "octal escape value 256 > 255");
  CHECK(unquoteString("\"\\ud800\"").err == "escape is invalid Unicode code point U+D800");
  CHECK(!unquoteString("\"abc").ok());
}

TEST_CASE("unquoteRune", "[scanner][decode]") {
  CHECK(unquoteRune("'a'").value == 'a');
  CHECK(unquoteRune("'ä'").value == 0xE4);
  CHECK(unquoteRune("'本'").value == 0x672C);
  CHECK(unquoteRune("'\\n'").value == '\n');
  CHECK(unquoteRune("'\\''").value == '\'');
  CHECK(unquoteRune("'\\000'").value == 0);
  CHECK(unquoteRune("'\\377'").value == 255);
  CHECK(unquoteRune("'\\xff'").value == 255);
  CHECK(unquoteRune("'\\u12e4'").value == 0x12E4);
  CHECK(unquoteRune("'\\U0010FFFF'").value == 0x10FFFF);
  CHECK(unquoteRune("'ab'").err == "more than one character in rune literal");
  CHECK(unquoteRune("''").err == "empty rune literal or unescaped '");
  CHECK(unquoteRune("'\\\"'").err == "unknown escape");
  CHECK(unquoteRune("'\\U00110000'").err == "escape is invalid Unicode code point U+110000");
}

TEST_CASE("number literal helpers", "[scanner][decode]") {
  auto d = intLitDigits("1_000");
  CHECK(d.base == 10);
  CHECK(d.digits == "1000");
  d = intLitDigits("0x_FF");
  CHECK(d.base == 16);
  CHECK(d.digits == "FF");
  d = intLitDigits("0o17");
  CHECK(d.base == 8);
  CHECK(d.digits == "17");
  d = intLitDigits("017");
  CHECK(d.base == 8);
  CHECK(d.digits == "17");
  d = intLitDigits("0b1010");
  CHECK(d.base == 2);
  CHECK(d.digits == "1010");
  d = intLitDigits("0");
  CHECK(d.digits == "0");
  d = intLitDigits("0123i");  // imaginary: a leading 0 is decimal
  CHECK(d.base == 10);
  CHECK(d.digits == "123");

  CHECK(numberLitForAPFloat("1_000.5") == "1000.5");
  CHECK(numberLitForAPFloat(".5") == "0.5");
  CHECK(numberLitForAPFloat("1e3") == "1e3");
  CHECK(numberLitForAPFloat("0x1p-2") == "0x1p-2");
  CHECK(numberLitForAPFloat("0x.8p1") == "0x0.8p1");
  CHECK(numberLitForAPFloat("42") == "42");
  CHECK(numberLitForAPFloat("0x1F") == "0x1Fp0");
  CHECK(numberLitForAPFloat("017") == "0x0fp0");
  CHECK(numberLitForAPFloat("0b101") == "0x5p0");
  CHECK(numberLitForAPFloat("1.5i") == "1.5");
  CHECK(numberLitForAPFloat("0123i") == "123");
  CHECK(numberLitForAPFloat("0x10i") == "0x10p0");
}
