// run

// math functions, constants, Inf/NaN printing.

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Pi, math.E, math.Sin(math.Pi/6), math.Cos(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Printf("%.6f %.6f\n", math.Exp(1), math.Atan2(1, 1))
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, math.IsInf(inf, 1), math.IsNaN(nan), nan == nan)
	fmt.Printf("%v %f %e %g %5.1f\n", inf, -inf, nan, inf, nan)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Cbrt(27))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
}
