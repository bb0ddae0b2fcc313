// run

// Number formatting edge cases: float32 shortest form, negative zero, big/small
// exponents, negative hex/octal, invalid runes.

package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(float32(0.1), float32(1)/3, float32(16777217), 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(100000000.0, 123456789.0, 1.0, 2.5e-10, float32(3.4e38))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, -0.0, fmt.Sprintf("%.2f %+.1f %g", negz, negz, negz))
	fmt.Printf("%e %E %.0e %g %g\n", 0.0, 1e-300, 5.5, 1e-7, 123456789.0)
	fmt.Printf("%x %X %o %b %#x %#o\n", -255, -255, -8, -5, -1, -8)
	fmt.Printf("%c|%q|%U|%q\n", rune(-1), rune(0x110000), rune(0x1F600), rune(0x7f))
	fmt.Printf("%v %.3v %10.2e|%-10.3g|\n", math.MaxFloat32, math.Pi, 123456.789, 0.000012345)
	fmt.Printf("%d %d %d\n", int8(-128), uint64(math.MaxUint64), int64(math.MinInt64))
	fmt.Printf("%08.3f|%+08d|%-+8d|% 08d\n", -3.14159, 42, 42, 42)
	fmt.Printf("%x %X % x %#x\n", 3.5, -1.0, []byte{}, "")
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-1e-9, 'e', 3, 32))
	fmt.Println(strconv.FormatFloat(1e23, 'g', -1, 64), strconv.FormatFloat(123.456, 'G', 4, 64), strconv.FormatFloat(0.000001, 'g', -1, 64))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32), f32 == 1.1)
	fmt.Printf("%v %v\n", complex64(complex(1.1, -2.2)), complex(math.Inf(1), math.NaN()))
}
