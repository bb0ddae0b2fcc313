// UTF-8 and the few Unicode properties the frontend needs.
//
// Go source is UTF-8; identifiers may use any Unicode letter or digit, and
// gc quotes a bad character as %#U (U+0040 '@'), which shows the glyph only
// when strconv.IsPrint says so. The tables behind these predicates are taken
// from Go 1.19 itself, so gorun classifies characters exactly as gc does.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gorun::frontend {

inline constexpr char32_t kRuneError = 0xFFFD;  // utf8.RuneError
inline constexpr char32_t kMaxRune = 0x10FFFF;

// Decodes the UTF-8 sequence at the start of s, as Go's utf8.DecodeRune:
// returns the rune and sets `width` to the bytes consumed. An invalid or
// truncated sequence yields kRuneError with width 1 (0 only for empty s).
char32_t decodeRune(std::string_view s, size_t& width);

// Appends the UTF-8 encoding of r; invalid runes (surrogates, > kMaxRune)
// are encoded as kRuneError, as Go's string(rune) conversion does.
void appendRune(std::string& out, char32_t r);

bool isUnicodeLetter(char32_t r);  // unicode.IsLetter
bool isUnicodeDigit(char32_t r);   // unicode.IsDigit
bool isPrint(char32_t r);          // strconv.IsPrint

// Go's fmt %#U: "U+0040 '@'", or "U+0000" when r is not printable.
std::string formatRuneU(char32_t r);

// Go's %q of a rune: 'a', '\n', '\x00', '\u00a0'.
std::string quoteRune(char32_t r);

}  // namespace gorun::frontend
