// run

// fmt.Sscanf's verbs into every argument kind: %d %b %o %x %X %v (base
// prefixes, underscores) %c %U into integers, %s %v %q %x into strings and
// []byte, %f %g %e %v (hex, p exponents, Inf, NaN) into floats and complex
// numbers, %t %v into bools, widths, %%, and named types.

package main

import "fmt"

type (
	MyInt   int16
	MyUint  uint8
	MyFloat float32
	MyStr   string
	MyBytes []byte
	MyBool  bool
)

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	n, err := fmt.Sscanf("-12 127 0x7f -32768 9223372036854775807", "%d %d %v %d %d", &i, &i8, &i16, &i32, &i64)
	fmt.Println(n, err, i, i8, i16, i32, i64)

	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	n, err = fmt.Sscanf("101 377 ff FFFF 18446744073709551615 0b1010", "%b %o %x %X %d %v", &u, &u8, &u16, &u32, &u64, &up)
	fmt.Println(n, err, u, u8, u16, u32, u64, up)

	// %v with base prefixes and underscores.
	var a, b, c, d, e int
	n, err = fmt.Sscan("0x1F 0o17 017 0b11 1_000_000", &a, &b, &c, &d, &e)
	fmt.Println(n, err, a, b, c, d, e)
	n, err = fmt.Sscan("+42 -0x10", &a, &b)
	fmt.Println(n, err, a, b)

	// %c reads one rune, even a space; %U.
	var r1, r2, r3 rune
	n, err = fmt.Sscanf("x é", "%c%c%c", &r1, &r2, &r3)
	fmt.Println(n, err, string(r1), r2, string(r3))
	n, err = fmt.Sscanf("U+1F600", "%U", &r1)
	fmt.Println(n, err, r1, string(r1))

	// Strings.
	var s1, s2, s3, s4 string
	n, err = fmt.Sscanf(`hello "a\tb\u00e9" 68656c6c6f world`, "%s %q %x %v", &s1, &s2, &s3, &s4)
	fmt.Printf("%d %v %q %q %q %q\n", n, err, s1, s2, s3, s4)
	n, err = fmt.Sscanf("`raw \\n string` next", "%q %s", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)
	var bs []byte
	n, err = fmt.Sscanf("bytes!", "%s", &bs)
	fmt.Println(n, err, string(bs), len(bs), cap(bs)) // []byte(s)'s capacity
	n, err = fmt.Sscanf("414243", "%x", &bs)
	fmt.Println(n, err, string(bs))

	// Widths count runes.
	var w1, w2 string
	var wi int
	n, err = fmt.Sscanf("abcde12345", "%3s%2s%4d", &w1, &w2, &wi)
	fmt.Println(n, err, w1, w2, wi)
	n, err = fmt.Sscanf("héllo", "%2s%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)

	// Floats.
	var f32 float32
	var f64 float64
	n, err = fmt.Sscanf("3.25 -1e-3", "%f %g", &f32, &f64)
	fmt.Println(n, err, f32, f64)
	n, err = fmt.Sscanf("1.5e2 0x1.8p1", "%e %v", &f32, &f64)
	fmt.Println(n, err, f32, f64)
	n, err = fmt.Sscan("1.5p3 -Inf", &f32, &f64)
	fmt.Println(n, err, f32, f64)
	n, err = fmt.Sscan("nan 1_000.5", &f64, &f32)
	fmt.Println(n, err, f64, f32)
	n, err = fmt.Sscan("0.1 .5 7.", &f32, &f64, &f64)
	fmt.Println(n, err, f32, f64)
	n, err = fmt.Sscan("16777217 1e-320", &f32, &f64)
	fmt.Println(n, err, f32, f64)

	// Complex numbers.
	var c64 complex64
	var c128 complex128
	n, err = fmt.Sscan("(1+2i) -3.5-0.5i", &c64, &c128)
	fmt.Println(n, err, c64, c128)

	// Bools.
	var t1, t2, t3, t4 bool
	n, err = fmt.Sscanf("true F 1 TRUE", "%t %v %t %v", &t1, &t2, &t3, &t4)
	fmt.Println(n, err, t1, t2, t3, t4)

	// Literals and %%.
	var x, y int
	n, err = fmt.Sscanf("50% of 8", "%d%% of %d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("[7,8]", "[%d,%d]", &x, &y)
	fmt.Println(n, err, x, y)

	// Named types go through Go's reflect path.
	var mi MyInt
	var mu MyUint
	var mf MyFloat
	var ms MyStr
	var mb MyBytes
	var mbool MyBool
	n, err = fmt.Sscan("-300 200 2.5 named 0102 t", &mi, &mu, &mf, &ms, &mb, &mbool)
	fmt.Println(n, err, mi, mu, mf, ms, mb, mbool, len(mb), cap(mb)) // reflect.MakeSlice: cap == len
	n, err = fmt.Sscanf("4.75", "%d", &mf) // no verb check for named floats
	fmt.Println(n, err, mf)
}
