#include "runtime/utf8.h"

namespace gorun::runtime {

DecodedRune decoderune(const uint8_t* p, size_t n) {
  if (n == 0) return {RuneError, 0};
  uint8_t c0 = p[0];
  if (c0 < 0x80) return {c0, 1};
  // The second byte's valid range depends on the first (excludes overlong
  // forms, surrogates and runes past U+10FFFF), as in Go's acceptRanges.
  auto cont = [](uint8_t b) { return (b & 0xC0) == 0x80; };
  if (c0 < 0xC2) return {RuneError, 1};
  if (c0 < 0xE0) {
    if (n < 2 || !cont(p[1])) return {RuneError, 1};
    return {((c0 & 0x1F) << 6) | (p[1] & 0x3F), 2};
  }
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 < 0xF0) {
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
    if (n < 2 || p[1] < lo || p[1] > hi) return {RuneError, 1};
    if (n < 3 || !cont(p[2])) return {RuneError, 1};
    return {((c0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F), 3};
  }
  if (c0 > 0xF4) return {RuneError, 1};
  if (c0 == 0xF0) lo = 0x90;
  if (c0 == 0xF4) hi = 0x8F;
  if (n < 2 || p[1] < lo || p[1] > hi) return {RuneError, 1};
  if (n < 3 || !cont(p[2])) return {RuneError, 1};
  if (n < 4 || !cont(p[3])) return {RuneError, 1};
  return {((c0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F),
          4};
}

int runeLen(int32_t r) {
  if (r < 0) return 3;  // encoded as RuneError
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return 3;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return 3;
}

int encoderune(uint8_t* p, int32_t r) {
  uint32_t x = static_cast<uint32_t>(r);
  if (x < 0x80) {
    p[0] = static_cast<uint8_t>(x);
    return 1;
  }
  if (x < 0x800) {
    p[0] = static_cast<uint8_t>(0xC0 | (x >> 6));
    p[1] = static_cast<uint8_t>(0x80 | (x & 0x3F));
    return 2;
  }
  if (x > static_cast<uint32_t>(MaxRune) || (x >= 0xD800 && x <= 0xDFFF)) x = RuneError;
  if (x < 0x10000) {
    p[0] = static_cast<uint8_t>(0xE0 | (x >> 12));
    p[1] = static_cast<uint8_t>(0x80 | ((x >> 6) & 0x3F));
    p[2] = static_cast<uint8_t>(0x80 | (x & 0x3F));
    return 3;
  }
  p[0] = static_cast<uint8_t>(0xF0 | (x >> 18));
  p[1] = static_cast<uint8_t>(0x80 | ((x >> 12) & 0x3F));
  p[2] = static_cast<uint8_t>(0x80 | ((x >> 6) & 0x3F));
  p[3] = static_cast<uint8_t>(0x80 | (x & 0x3F));
  return 4;
}

size_t runeCount(const uint8_t* p, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; count++) {
    if (p[i] < RuneSelf) {
      i++;
      continue;
    }
    i += static_cast<size_t>(decoderune(p + i, n - i).width);
  }
  return count;
}

}  // namespace gorun::runtime
