// run

// math: functions, constants, Inf/NaN, bit conversions, as Go prints them.

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(1.2), math.Trunc(-2.7), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Max(1, 2), math.Min(1, math.NaN()), math.Mod(7, 3), math.Pow(2, 10), math.Pow(1.5, 2.5))
	fmt.Println(math.Log(10), math.Log2(8), math.Log10(1000), math.Log1p(0.5), math.Exp(1), math.Exp2(3.5), math.Expm1(0.1))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Asin(0.5), math.Acos(0.5), math.Atan(1), math.Atan2(1, -1))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(1), math.Hypot(3, 4), math.Cbrt(27), math.Gamma(5.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, uint64(math.MaxUint64), math.MaxInt8)
	fmt.Println(math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1), math.Signbit(-0.0), math.Copysign(3, -1))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.25)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 4), math.Remainder(10, 3), math.Dim(5, 3), math.FMA(2, 3, 4))
	fmt.Println(math.Erf(0.5), math.Erfc(0.5), math.J0(1), math.Nextafter(1, 2), math.Sqrt(-1), math.Log(-1), math.Log(0))
	for i := 0; i < 5; i++ {
		x := float64(i)*0.7 + 0.1
		fmt.Printf("%.4f %.17g %.17g %.17g\n", x, math.Sin(x), math.Exp(x), math.Pow(x, 1.3))
	}
}
