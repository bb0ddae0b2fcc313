// Strings and UTF-8, against Go 1.19's results.
#include "runtime/abi.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

using namespace gorun::runtime;

namespace {

GoString gs(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}
GoString gs(const std::string& s) {
  return GoString{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
}
std::string str(const GoString& s) {
  return std::string(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
}

}  // namespace

TEST_CASE("strings: concatenation and comparison", "[string]") {
  GoString parts[] = {gs("ab"), gs(""), gs("cd"), gs("é")};
  GoString out;
  gorun_concatstrings(&out, parts, 4);
  CHECK(str(out) == "abcdé");
  GoString one[] = {gs(""), gs("x"), gs("")};
  gorun_concatstrings(&out, one, 3);
  CHECK(out.ptr == one[1].ptr);  // shares the only non-empty operand
  GoString a = gs("abc"), b = gs("abd"), c = gs("ab");
  CHECK(gorun_cmpstring(&a, &b) == -1);
  CHECK(gorun_cmpstring(&b, &a) == 1);
  CHECK(gorun_cmpstring(&c, &a) == -1);
  CHECK(gorun_cmpstring(&a, &a) == 0);
}

TEST_CASE("strings: string(rune)", "[string]") {
  GoString out;
  gorun_intstring(&out, 0x65E5);
  CHECK(str(out) == "日");
  gorun_intstring(&out, -1);
  CHECK(str(out) == "\uFFFD");
  gorun_intstring(&out, 0xD800);
  CHECK(str(out) == "\uFFFD");
  gorun_intstring(&out, int64_t(1) << 40);
  CHECK(str(out) == "\uFFFD");
}

TEST_CASE("strings: conversions", "[string]") {
  GoString s = gs("héllo");
  GoSlice bs;
  gorun_stringtoslicebyte(&bs, &s);
  CHECK(bs.len == 6);
  CHECK(bs.cap == 8);  // Go's rawbyteslice rounds to the size class
  GoString back;
  gorun_slicebytetostring(&back, static_cast<uint8_t*>(bs.ptr), bs.len);
  CHECK(str(back) == "héllo");
  GoSlice rs;
  gorun_stringtoslicerune(&rs, &s);
  CHECK(rs.len == 5);
  CHECK(rs.cap == 6);
  auto* r = static_cast<int32_t*>(rs.ptr);
  CHECK((r[0] == 'h' && r[1] == 0xE9 && r[4] == 'o'));
  GoString bad = gs("a\xff" "b");
  gorun_stringtoslicerune(&rs, &bad);
  r = static_cast<int32_t*>(rs.ptr);
  CHECK((rs.len == 3 && r[1] == 0xFFFD));
  int32_t runes[] = {'a', -1, 0x1F600};
  gorun_slicerunetostring(&back, runes, 3);
  CHECK(str(back) == "a\uFFFD\U0001F600");
  GoString empty = gs("");
  gorun_stringtoslicebyte(&bs, &empty);
  CHECK((bs.ptr != nullptr && bs.len == 0));
}

TEST_CASE("strings: range decoding", "[string]") {
  // for i, r := range "a\xe2\x82z\xf0\x9f\x98\x80" in Go 1.19:
  // 0:97 1:65533 2:65533 3:122 4:128512
  std::string s = "a\xe2\x82z\xf0\x9f\x98\x80";
  GoString g = gs(s);
  std::vector<std::pair<int64_t, int32_t>> got;
  for (int64_t k = 0; k < g.len;) {
    DecodeRuneResult d;
    gorun_decoderune(&d, &g, k);
    got.push_back({k, d.r});
    k = d.pos;
  }
  CHECK(got == std::vector<std::pair<int64_t, int32_t>>{
                   {0, 97}, {1, 65533}, {2, 65533}, {3, 122}, {4, 128512}});
  // Surrogates and overlong forms are invalid.
  for (const char* bad : {"\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80"}) {
    GoString b = gs(bad);
    DecodeRuneResult d;
    gorun_decoderune(&d, &b, 0);
    CHECK((d.r == 0xFFFD && d.pos == 1));
  }
}
