// run

// Conversions between floating-point and integer types truncate toward
// zero (values out of range are implementation-specific in Go, so none are
// used); integers convert to the nearest representable float.

package main

import "fmt"

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9, -2e9, 123456.789} {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	var f = 255.9
	fmt.Println(uint8(f), uint16(f), uint(f))

	var big int64 = 9007199254740993 // 2^53 + 1
	fmt.Println(big, float64(big), int64(float64(big)))
	fmt.Println(float32(big), int64(float32(16777217)))

	var i int = 7
	var j int = 2
	fmt.Println(i/j, float64(i)/float64(j), float64(i/j))

	// Untyped constants are exact: this division happens at compile time.
	const c = 7.0 / 2
	fmt.Println(c, int(c*2))

	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))
	var neg int32 = -17
	fmt.Println(float32(neg), float64(neg)/4)

	// Rounding by hand.
	for _, v := range []float64{1.4, 1.5, 2.5, -1.5, -2.4} {
		var r int
		if v >= 0 {
			r = int(v + 0.5)
		} else {
			r = int(v - 0.5)
		}
		fmt.Println(v, "rounds to", r)
	}
}
