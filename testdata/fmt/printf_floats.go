// run

// Printf float verbs: %f %.Nf %e %E %g %G %v, widths, zero padding,
// signs, and special values.

package main

import "fmt"

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%.0f|%10.3f|%-10.3f|%010.3f|\n", x, x, x, x, x, x)
	fmt.Printf("%e|%.2e|%E|%g|%G|%v\n", x, x, x, x, x, x)
	fmt.Printf("%+.2f|% .2f|%+.2f|%08.3f|%+08.2f|\n", x, x, -x, -x, x)
	fmt.Printf("%5.2f|%5.2f|%5.2f|\n", 1.0, 12.345, 123.456)

	big := 123456789.0
	small := 0.000012345
	fmt.Printf("%f|%e|%g|%v\n", big, big, big, big)
	fmt.Printf("%f|%e|%g|%v\n", small, small, small, small)
	fmt.Printf("%.3g|%.10g|%g|%g\n", big, big, 1e21, 1e20)

	// Rounding (round half to even at the binary value).
	for _, v := range []float64{0.125, 0.375, 2.5, 3.5, 1.005, -0.5} {
		fmt.Printf("%.2f %.0f | ", v, v)
	}
	fmt.Println()

	// Special values.
	zero := 0.0
	inf, nan := 1/zero, zero/zero
	fmt.Printf("%f|%f|%f|%5.1f|%v|%+v\n", inf, -inf, nan, inf, nan, inf)
	fmt.Printf("%e|%g|%08.2f|\n", -zero*1, -inf, -inf)

	// float32.
	var f32 float32 = 0.1
	fmt.Printf("%v|%f|%.10f|%g|%e\n", f32, f32, f32, f32, f32)

	// %g precision and exponent thresholds.
	for _, v := range []float64{1e-5, 1e-4, 0.1, 1, 10, 1e5, 1e6, 1e7, 123456, 1234567} {
		fmt.Printf("%g %G %.3g\n", v, v, v)
	}

	// Width from an argument.
	fmt.Printf("%*.*f|\n", 9, 3, 2.0/3)
	// # flag keeps the decimal point.
	fmt.Printf("%#.0f|%#g|%#.3g\n", 3.0, 2.0, 1.0)
}
