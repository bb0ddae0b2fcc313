// run

// Printing float64 values with Println: shortest representation that
// round-trips, exponent form for very large and very small magnitudes.

package main

import "fmt"

func main() {
	fmt.Println(0.0, 1.0, -1.0, 3.0, 2.5, 0.1, 1.0/3.0)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1234567890123.0)
	fmt.Println(1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
	fmt.Println(100.0, 1e6, 1.5e6, 12345678901234567890.0)
	x := 2.0
	for i := 0; i < 6; i++ {
		x = x * x
		fmt.Println(x)
	}
	y := 1.0
	for i := 0; i < 5; i++ {
		y /= 7
		fmt.Println(y)
	}
	var zero float64
	negZero := -zero
	fmt.Println(zero, negZero, 1/negZero < 0)
	inf := 1 / zero
	fmt.Println(inf, -inf, inf-inf, zero/zero)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Print(3.25, " ", -0.5, "\n")
	fmt.Println(fmt.Sprint(1e100), fmt.Sprint(-1e-100))
}
