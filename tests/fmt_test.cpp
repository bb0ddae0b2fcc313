// The native fmt engine against outputs verified with Go 1.19's fmt. Type
// descriptors are built by hand, as the JIT would emit them.
#include "runtime/fmt.h"
#include "runtime/ftoa.h"
#include "runtime/quote.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

using namespace gorun::runtime;

namespace {

GoString gs(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

GoType basic(Kind k, uint64_t size, const char* name, uint8_t flags = TypeFlagComparable) {
  GoType t{};
  t.size = size;
  t.align = static_cast<uint32_t>(size > 8 ? 8 : size);
  t.kind = k;
  t.flags = flags;
  t.str = gs(name);
  return t;
}

GoType tInt = basic(Kind::Int, 8, "int");
GoType tInt8 = basic(Kind::Int8, 1, "int8");
GoType tInt16 = basic(Kind::Int16, 2, "int16");
GoType tInt32 = basic(Kind::Int32, 4, "int32");
GoType tUint8 = basic(Kind::Uint8, 1, "uint8");
GoType tUint16 = basic(Kind::Uint16, 2, "uint16");
GoType tUint = basic(Kind::Uint, 8, "uint");
GoType tUint64 = basic(Kind::Uint64, 8, "uint64");
GoType tFloat32 = basic(Kind::Float32, 4, "float32");
GoType tFloat64 = basic(Kind::Float64, 8, "float64");
GoType tComplex128 = basic(Kind::Complex128, 16, "complex128");
GoType tBool = basic(Kind::Bool, 1, "bool");
GoType tString = basic(Kind::String, 16, "string");
GoType tMyInt = basic(Kind::Int, 8, "main.MyInt", TypeFlagComparable | TypeFlagNamed);
GoType tAny = [] {
  GoType t = basic(Kind::Interface, 16, "interface {}");
  return t;
}();

GoType sliceOf(const GoType* elem, const char* name) {
  GoType t = basic(Kind::Slice, 24, name, 0);
  t.elem = elem;
  return t;
}
GoType arrayOf(const GoType* elem, int64_t len, const char* name) {
  GoType t = basic(Kind::Array, elem->size * static_cast<uint64_t>(len), name);
  t.elem = elem;
  t.len = len;
  return t;
}
GoType ptrTo(const GoType* elem, const char* name) {
  GoType t = basic(Kind::Pointer, 8, name, TypeFlagComparable | TypeFlagDirectIface);
  t.elem = elem;
  return t;
}

GoType tSliceInt = sliceOf(&tInt, "[]int");
GoType tSliceString = sliceOf(&tString, "[]string");
GoType tSliceByte = sliceOf(&tUint8, "[]uint8");
GoType tSliceAny = sliceOf(&tAny, "[]interface {}");
GoType tArray3Int = arrayOf(&tInt, 3, "[3]int");
GoType tArray2Bool = arrayOf(&tBool, 2, "[2]bool");

GoStructField pointFields[] = {
    {gs("X"), &tInt, 0, 0, 1},
    {gs("Y"), &tInt, 8, 0, 1},
};
GoType tPoint = [] {
  GoType t = basic(Kind::Struct, 16, "main.Point", TypeFlagComparable | TypeFlagNamed);
  t.len = 2;
  t.fields = pointFields;
  return t;
}();
GoType tPtrPoint = ptrTo(&tPoint, "*main.Point");

// type Box struct { Name string; V any; P *Point }
struct BoxValue {
  GoString name;
  GoEface v;
  const void* p;
};
GoStructField boxFields[] = {
    {gs("Name"), &tString, 0, 0, 1},
    {gs("V"), &tAny, 16, 0, 1},
    {gs("P"), &tPtrPoint, 32, 0, 1},
};
GoType tBox = [] {
  GoType t = basic(Kind::Struct, 40, "main.Box", TypeFlagComparable | TypeFlagNamed);
  t.len = 3;
  t.fields = boxFields;
  return t;
}();
GoType tEmptyStruct = basic(Kind::Struct, 0, "struct {}");

// A heap copy of v as an interface's data word, or the word itself for
// pointer-shaped types.
template <typename T>
GoEface box(const GoType* t, T v) {
  if constexpr (sizeof(T) == sizeof(void*)) {
    if (isDirectIface(t)) {
      GoEface e{t, nullptr};
      std::memcpy(&e.data, &v, sizeof(void*));
      return e;
    }
  }
  auto* p = new T(v);
  return GoEface{t, p};
}

GoEface str(const char* s) { return box(&tString, gs(s)); }
GoEface i(int64_t v) { return box(&tInt, v); }
GoEface f64(double v) { return box(&tFloat64, v); }
GoEface f32(float v) { return box(&tFloat32, v); }
GoEface nil() { return GoEface{nullptr, nullptr}; }
GoEface bytes(const char* s) {
  auto n = static_cast<int64_t>(std::strlen(s));
  return box(&tSliceByte, GoSlice{const_cast<char*>(s), n, n});
}
template <typename T>
GoEface slice(const GoType* t, std::vector<T> v) {
  auto* heap = new std::vector<T>(std::move(v));
  auto n = static_cast<int64_t>(heap->size());
  return box(t, GoSlice{heap->data(), n, n});
}
GoEface point(int64_t x, int64_t y) {
  int64_t v[2] = {x, y};
  auto* p = new int64_t[2]{v[0], v[1]};
  return GoEface{&tPoint, p};
}
GoEface ptrPoint(int64_t x, int64_t y) {
  auto* p = new int64_t[2]{x, y};
  return GoEface{&tPtrPoint, p};
}

std::string sprintf(const char* f, std::initializer_list<GoEface> args) {
  std::vector<GoEface> a(args);
  return gofmt::sprintf(f, a.data(), a.size());
}

}  // namespace

TEST_CASE("fmt: integers, flags and widths", "[fmt]") {
  CHECK(sprintf("%v", {i(3)}) == "3");
  CHECK(sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o",
                {i(-42), i(42), i(42), i(-42), i(42), i(42), i(255), i(255), i(8), i(8), i(5),
                 i(255), i(8)}) == "-42|   42|42   |-0042|+42| 42|ff|FF|10|0o10|101|0xff|010");
  CHECK(sprintf("%c|%q|%U|%#U", {box(&tInt32, int32_t('x')), box(&tInt32, int32_t('x')),
                                 i(0x1F600), box(&tInt32, int32_t('x'))}) ==
        "x|'x'|U+1F600|U+0078 'x'");
  CHECK(sprintf("%v|%x|%X|%o",
                {box(&tUint64, ~uint64_t(0)), i(-1), box(&tUint8, uint8_t(200)), i(-8)}) ==
        "18446744073709551615|-1|C8|-10");
  CHECK(sprintf("%08d|%-08d|%+08d|%x", {i(-42), i(42), i(42), str("\xff")}) ==
        "-0000042|42      |+0000042|ff");
  CHECK(sprintf("%v %v %v %v", {box(&tInt8, int8_t(-128)), box(&tInt16, int16_t(300)),
                                box(&tInt32, int32_t(-5)), box(&tUint16, uint16_t(65535))}) ==
        "-128 300 -5 65535");
  CHECK(sprintf("%.3s|%.0d|%.0d|%5.0d|", {str("日本語日本語"), i(0), i(7), i(0)}) ==
        "日本語||7|     |");
  CHECK(sprintf("%*d|%-*d|%.*f", {i(5), i(42), i(5), i(42), i(2), f64(3.14159)}) ==
        "   42|42   |3.14");
  CHECK(sprintf("%10.3v|%-10v|%010v", {f64(3.14159), str("ab"), i(42)}) ==
        "      3.14|ab        |0000000042");
}

TEST_CASE("fmt: floats", "[fmt]") {
  CHECK(sprintf("%v|%v|%v|%v|%v", {f64(3.0), f64(100000000.0), f32(0.1f), f64(1e21),
                                   f64(1e-5)}) == "3|1e+08|0.1|1e+21|1e-05");
  CHECK(sprintf("%v|%v|%v|%v", {f64(123456789.0), f64(0.000012345), f64(1e20),
                                f64(12345678.9)}) ==
        "1.23456789e+08|1.2345e-05|1e+20|1.23456789e+07");
  CHECK(sprintf("%e|%E|%f|%F|%g|%G|%.2f|%8.3f|%-8.2f|%08.3f|%+.1e",
                {f64(1234.5678), f64(1234.5678), f64(1234.5678), f64(1234.5678), f64(1234.5678),
                 f64(1e-7), f64(3.14159), f64(3.14159), f64(3.14159), f64(-3.14159),
                 f64(12345.0)}) ==
        "1.234568e+03|1.234568E+03|1234.567800|1234.567800|1234.5678|1E-07|3.14|   3.142|3.14  "
        "  |-003.142|+1.2e+04");
  CHECK(sprintf("%.3g|%.10g|%#g|%#.3x|%x|%b",
                {f64(1234.5678), f64(0.5), f64(1.0), f64(1.0), f64(1.5), f64(1.0)}) ==
        "1.23e+03|0.5|1.00000|0x1.000p+00|0x1.8p+00|4503599627370496p-52");
  CHECK(sprintf("%.2f|%.0f|%.0f|%.1e|%.3e",
                {f64(0.125), f64(2.5), f64(3.5), f64(0.25), f64(1.0005)}) ==
        "0.12|2|4|2.5e-01|1.000e+00");
  std::array<double, 2> c1 = {1, -2}, c2 = {1.5, 2};
  CHECK(sprintf("%v|%.2f|%v|%v", {box(&tComplex128, c1), box(&tComplex128, c2),
                                  f32(3.4028235e38f), f64(-0.0)}) ==
        "(1-2i)|(1.50+2.00i)|3.4028235e+38|-0");
  CHECK(sprintf("%.2f %e", {f64(-0.0), f64(-0.0)}) == "-0.00 -0.000000e+00");
  CHECK(sprintf("%6.2f|%-6.2f|%+6.2f|% .2f|%06.2f",
                {f64(3.14159), f64(3.14159), f64(3.14159), f64(3.14159), f64(-3.14159)}) ==
        "  3.14|3.14  | +3.14| 3.14|-03.14");
  CHECK(sprintf("%e|%g|%v|%v|%v", {f64(0), f64(0), f64(1e6), f64(1e-4), f64(123456.0)}) ==
        "0.000000e+00|0|1e+06|0.0001|123456");
  CHECK(sprintf("%v|%v|%v|%v", {f32(1e-7f), f32(16777216.0f), f32(3.14f), f64(2.0 / 3.0)}) ==
        "1e-07|1.6777216e+07|3.14|0.6666666666666666");
}

TEST_CASE("fmt: strconv.FormatFloat layout", "[fmt]") {
  CHECK(formatFloat(1.0 / 0.0, 'g', -1, 64) == "+Inf");
  CHECK(formatFloat(-1.0 / 0.0, 'g', -1, 64) == "-Inf");
  CHECK(formatFloat(0.0 / 0.0, 'g', -1, 64) == "NaN");
  CHECK(formatFloat(1e100, 'f', -1, 64) ==
        "1" + std::string(100, '0'));
  CHECK(formatFloat(5e-324, 'g', -1, 64) == "5e-324");
  CHECK(formatFloat(1.7976931348623157e308, 'e', -1, 64) == "1.7976931348623157e+308");
}

TEST_CASE("fmt: strings and byte slices", "[fmt]") {
  CHECK(sprintf("%s|%q|%x|% x|%X|%10s|%-10s|%.2s|%#q",
                {str("hi"), str("a\"b\n"), str("hi"), str("hi"), str("hi"), str("hi"), str("hi"),
                 str("héllo"), str("back`q")}) ==
        "hi|\"a\\\"b\\n\"|6869|68 69|6869|        hi|hi        |hé|\"back`q\"");
  CHECK(sprintf("%v|%d|%s|%x|%q|%#v",
                {bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi")}) ==
        "[104 105]|[104 105]|hi|6869|\"hi\"|[]byte{0x68, 0x69}");
  CHECK(sprintf("%q|%+q|%x", {str("日本\x01"), str("日本"), str("日本")}) ==
        "\"日本\\x01\"|\"\\u65e5\\u672c\"|e697a5e69cac");
  CHECK(sprintf("%5.1q|%c|%c", {str("abc"), i(0x65E5), i(-1)}) == "  \"a\"|日|\xef\xbf\xbd");
  std::vector<uint8_t> b = {1, 171};
  CHECK(sprintf("%x|%X|% X|%#x|%# x", {slice(&tSliceByte, b), slice(&tSliceByte, b),
                                       slice(&tSliceByte, b), slice(&tSliceByte, b),
                                       slice(&tSliceByte, b)}) ==
        "01ab|01AB|01 AB|0x01ab|0x01 0xab");
}

TEST_CASE("fmt: composite values", "[fmt]") {
  CHECK(sprintf("%v|%+v|%#v|%T", {point(1, 2), point(1, 2), point(1, 2), point(1, 2)}) ==
        "{1 2}|{X:1 Y:2}|main.Point{X:1, Y:2}|main.Point");
  CHECK(sprintf("%v|%+v|%#v", {ptrPoint(1, 2), ptrPoint(1, 2), box(&tSliceInt, GoSlice{})}) ==
        "&{1 2}|&{X:1 Y:2}|[]int(nil)");
  CHECK(sprintf("%v|%v|%#v|%v|%#v",
                {slice<int64_t>(&tSliceInt, {1, 2, 3}), box(&tArray3Int, std::array<int64_t, 3>{1, 2, 3}),
                 slice(&tSliceString, std::vector<GoString>{gs("a"), gs("b")}),
                 slice(&tSliceString, std::vector<GoString>{gs("a"), gs("b")}),
                 box(&tArray2Bool, std::array<uint8_t, 2>{1, 0})}) ==
        "[1 2 3]|[1 2 3]|[]string{\"a\", \"b\"}|[a b]|[2]bool{true, false}");
  BoxValue b1{gs("b"), i(7), nullptr}, b2{gs("b"), str("s"), nullptr}, b3{gs("b"), nil(), nullptr};
  CHECK(sprintf("%v|%+v|%#v", {box(&tBox, b1), box(&tBox, b2), box(&tBox, b3)}) ==
        "{b 7 <nil>}|{Name:b V:s P:<nil>}|main.Box{Name:\"b\", V:interface {}(nil), "
        "P:(*main.Point)(nil)}");
  CHECK(sprintf("%v|%s", {slice(&tSliceAny, std::vector<GoEface>{i(1), str("a"), nil(), f64(2.5)}),
                          slice(&tSliceAny, std::vector<GoEface>{i(1), str("a")})}) ==
        "[1 a <nil> 2.5]|[%!s(int=1) a]");
  CHECK(sprintf("%#v|%#v", {slice(&tSliceAny, std::vector<GoEface>{i(1), nil()}),
                            GoEface{&tEmptyStruct, nullptr}}) ==
        "[]interface {}{1, interface {}(nil)}|struct {}{}");
  CHECK(sprintf("%s|%v", {slice(&tSliceString, std::vector<GoString>{gs("a"), gs("b")}),
                          slice<int64_t>(&tSliceInt, {})}) == "[a b]|[]");
  CHECK(sprintf("%T|%T|%T|%T|%T",
                {i(3), str("s"), slice<int64_t>(&tSliceInt, {}), ptrPoint(0, 0), f64(2.5)}) ==
        "int|string|[]int|*main.Point|float64");
}

TEST_CASE("fmt: errors in the format", "[fmt]") {
  CHECK(sprintf("%d|%s", {str("hi"), i(3)}) == "%!d(string=hi)|%!s(int=3)");
  CHECK(sprintf("%d %d", {i(1)}) == "1 %!d(MISSING)");
  CHECK(sprintf("%d", {i(1), i(2), str("x")}) == "1%!(EXTRA int=2, string=x)");
  CHECK(sprintf("%", {}) == "%!(NOVERB)");
  CHECK(sprintf("%!|%z", {i(1)}) == "%!!(int=1)|%!z(MISSING)");
  CHECK(sprintf("%[2]d %[1]d|%[3]d", {i(1), i(2)}) == "2 1|%!d(BADINDEX)");
  CHECK(sprintf("%t|%v|%5t|%d", {box(&tBool, uint8_t(1)), box(&tBool, uint8_t(0)),
                                 box(&tBool, uint8_t(1)), box(&tBool, uint8_t(1))}) ==
        "true|false| true|%!d(bool=true)");
  CHECK(sprintf("%v|%d|%T|%v", {box(&tMyInt, int64_t(5)), box(&tMyInt, int64_t(5)),
                                box(&tMyInt, int64_t(5)), nil()}) == "5|5|main.MyInt|<nil>");
  CHECK(sprintf("%#v|%#v|%#v|%#v", {i(3), str("s"), f64(2.0), box(&tUint, uint64_t(7))}) ==
        "3|\"s\"|2|0x7");
}

TEST_CASE("fmt: Sprint and Sprintln spacing", "[fmt]") {
  std::vector<GoEface> a = {str("a"), i(1), i(2), str("b"), str("c"), f64(3.5), nil(),
                            slice<int64_t>(&tSliceInt, {1})};
  CHECK(gofmt::sprint(a.data(), a.size()) == "a1 2bc3.5 <nil> [1]");
  std::vector<GoEface> b = {str("a"), i(1), i(2), str("b"), nil()};
  CHECK(gofmt::sprintln(b.data(), b.size()) == "a 1 2 b <nil>\n");
  std::vector<GoEface> c = {point(1, 2), ptrPoint(3, 4)};
  CHECK(gofmt::sprint(c.data(), c.size()) == "{1 2} &{3 4}");
}

TEST_CASE("fmt: strconv quoting", "[fmt]") {
  CHECK(isPrint('a'));
  CHECK(!isPrint(0xAD));
  CHECK(isPrint(0x65E5));
  CHECK(!isPrint(0x2028));
  std::string q;
  appendQuote(q, "\a\x7f\u2028\U0001F600", false);
  CHECK(q == "\"\\a\\x7f\\u2028\U0001F600\"");
  q.clear();
  appendQuote(q, "\U0001F600", true);
  CHECK(q == "\"\\U0001f600\"");
}
