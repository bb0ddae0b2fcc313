// UTF-8 as Go's runtime/utf8.go and unicode/utf8 define it: an invalid or
// truncated sequence, a surrogate half or an overlong form decodes as
// RuneError (U+FFFD) with width 1, so `for range` always makes progress.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gorun::runtime {

inline constexpr int32_t RuneError = 0xFFFD;
inline constexpr int32_t MaxRune = 0x10FFFF;
inline constexpr int32_t RuneSelf = 0x80;
inline constexpr int UTFMax = 4;

struct DecodedRune {
  int32_t r;
  int width;  // bytes consumed, >= 1 unless n == 0
};

// Decodes the rune at p[0:n]. n == 0 gives (RuneError, 0).
DecodedRune decoderune(const uint8_t* p, size_t n);
// Writes r's encoding (RuneError's for invalid runes) to p, which must have
// room for UTFMax bytes; returns the width.
int encoderune(uint8_t* p, int32_t r);
// The number of bytes encoderune writes for r.
int runeLen(int32_t r);
inline bool validRune(int32_t r) {
  return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MaxRune);
}
// The number of runes in p[0:n], counting each invalid byte as one.
size_t runeCount(const uint8_t* p, size_t n);

}  // namespace gorun::runtime
