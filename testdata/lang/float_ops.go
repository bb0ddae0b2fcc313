// run

// IEEE 754 behaviour: infinities, NaN comparisons, signed zero, and
// floating-point division by zero (which does not panic).

package main

import "fmt"

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(posInf > 1e308, negInf < -1e308, posInf == posInf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
	fmt.Println(posInf+negInf, posInf*0, posInf*-1, 1/posInf)

	// isNaN without math.
	isNaN := func(f float64) bool { return f != f }
	fmt.Println(isNaN(nan), isNaN(posInf), isNaN(1))

	// Signed zero.
	negZero := -zero
	fmt.Println(negZero == zero, 1/negZero, 1/zero)

	// Floating-point modulo by hand, and fraction parts.
	x := 7.75
	fmt.Println(x-float64(int(x)), x/2, x*x)

	// Accumulated rounding error.
	var acc float64
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc, acc == 1)

	// Float comparisons and min/max by hand.
	vals := []float64{3.5, -2.25, 8, 0.125, -9.5}
	lo, hi := vals[0], vals[0]
	for _, v := range vals[1:] {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	fmt.Println(lo, hi)

	var f32z float32
	fmt.Println(1/f32z, -1/f32z, f32z/f32z)
}
