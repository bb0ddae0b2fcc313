// run

// math.Exp matches Go's amd64 assembly bit for bit (libm's exp and the
// portable exp.go differ in the last place); Log and Hypot match too.

package main

import (
	"fmt"
	"math"
)

func main() {
	for i := 0; i < 400; i++ {
		x := float64(i)*0.61 - 120
		fmt.Println(math.Exp(x), math.Log(float64(i)*0.37+1e-3), math.Hypot(x, 3), math.Exp2(x/7), math.Pow(1.01, x))
	}
	fmt.Println(math.Exp(709.7), math.Exp(709.8), math.Exp(-745.1), math.Exp(-746), math.Exp(math.Inf(-1)), math.Exp(math.NaN()))
}
