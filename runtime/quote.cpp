// strconv.Quote and friends, Go 1.19, over the generated IsPrint tables.
#include "runtime/quote.h"

#include "runtime/isprint_tables.h"
#include "runtime/utf8.h"

#include <algorithm>
#include <iterator>

namespace gorun::runtime {
namespace {

const char lowerhex[] = "0123456789abcdef";

template <typename T, size_t N>
size_t bsearch(const T (&a)[N], T x) {
  return static_cast<size_t>(std::lower_bound(std::begin(a), std::end(a), x) - std::begin(a));
}

void appendRune(std::string& dst, int32_t r) {
  uint8_t buf[UTFMax];
  int n = encoderune(buf, r);
  dst.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

void appendEscapedRune(std::string& dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  if (r == quote || r == '\\') {
    dst += '\\';
    dst += static_cast<char>(r);
    return;
  }
  if (asciiOnly) {
    if (r < RuneSelf && isPrint(r)) {
      dst += static_cast<char>(r);
      return;
    }
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    appendRune(dst, r);
    return;
  }
  switch (r) {
    case '\a': dst += "\\a"; return;
    case '\b': dst += "\\b"; return;
    case '\f': dst += "\\f"; return;
    case '\n': dst += "\\n"; return;
    case '\r': dst += "\\r"; return;
    case '\t': dst += "\\t"; return;
    case '\v': dst += "\\v"; return;
  }
  if (r < ' ' || r == 0x7f) {
    dst += "\\x";
    dst += lowerhex[(r >> 4) & 0xF];
    dst += lowerhex[r & 0xF];
    return;
  }
  if (!validRune(r)) r = RuneError;
  if (r < 0x10000) {
    dst += "\\u";
    for (int s = 12; s >= 0; s -= 4) dst += lowerhex[(r >> s) & 0xF];
  } else {
    dst += "\\U";
    for (int s = 28; s >= 0; s -= 4) dst += lowerhex[(r >> s) & 0xF];
  }
}

}  // namespace

bool isPrint(int32_t r) {
  using namespace isprint;
  if (r <= 0xFF) {
    if (0x20 <= r && r <= 0x7E) return true;
    if (0xA1 <= r && r <= 0xFF) return r != 0xAD;
    return false;
  }
  if (0 <= r && r < (1 << 16)) {
    auto rr = static_cast<uint16_t>(r);
    size_t i = bsearch(isPrint16, rr);
    if (i >= std::size(isPrint16) || rr < isPrint16[i & ~size_t(1)] || isPrint16[i | 1] < rr)
      return false;
    size_t j = bsearch(isNotPrint16, rr);
    return j >= std::size(isNotPrint16) || isNotPrint16[j] != rr;
  }
  auto rr = static_cast<uint32_t>(r);
  size_t i = bsearch(isPrint32, rr);
  if (i >= std::size(isPrint32) || rr < isPrint32[i & ~size_t(1)] || isPrint32[i | 1] < rr)
    return false;
  if (r >= 0x20000) return true;
  auto r16 = static_cast<uint16_t>(r - 0x10000);
  size_t j = bsearch(isNotPrint32, r16);
  return j >= std::size(isNotPrint32) || isNotPrint32[j] != r16;
}

bool isGraphic(int32_t r) {
  if (isPrint(r)) return true;
  if (r > 0xFFFF) return false;
  auto rr = static_cast<uint16_t>(r);
  size_t i = bsearch(isprint::isGraphic, rr);
  return i < std::size(isprint::isGraphic) && rr == isprint::isGraphic[i];
}

void appendQuote(std::string& dst, std::string_view s, bool asciiOnly) {
  dst += '"';
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    int32_t r = p[i];
    int width = 1;
    if (r >= RuneSelf) {
      DecodedRune d = decoderune(p + i, n - i);
      r = d.r;
      width = d.width;
    }
    if (width == 1 && r == RuneError) {
      dst += "\\x";
      dst += lowerhex[p[i] >> 4];
      dst += lowerhex[p[i] & 0xF];
      i++;
      continue;
    }
    appendEscapedRune(dst, r, '"', asciiOnly, false);
    i += static_cast<size_t>(width);
  }
  dst += '"';
}

void appendQuoteRune(std::string& dst, int32_t r, bool asciiOnly) {
  dst += '\'';
  if (!validRune(r)) r = RuneError;
  appendEscapedRune(dst, r, '\'', asciiOnly, false);
  dst += '\'';
}

bool canBackquote(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    DecodedRune d = decoderune(p + i, n - i);
    i += static_cast<size_t>(d.width);
    if (d.width > 1) {
      if (d.r == 0xFEFF) return false;
      continue;
    }
    if (d.r == RuneError) return false;
    if ((d.r < ' ' && d.r != '\t') || d.r == '`' || d.r == 0x7F) return false;
  }
  return true;
}

}  // namespace gorun::runtime
