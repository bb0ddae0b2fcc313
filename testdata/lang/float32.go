// run

// float32 arithmetic rounds to single precision after each operation and
// prints with the shortest float32 representation.

package main

import "fmt"

func main() {
	var f float32 = 0.1
	var sum float32
	for i := 0; i < 10; i++ {
		sum += f
	}
	fmt.Println(sum, sum == 1)

	var d float64 = 0.1
	var dsum float64
	for i := 0; i < 10; i++ {
		dsum += d
	}
	fmt.Println(dsum, dsum == 1)

	var big float32 = 16777216
	fmt.Println(big, big+1, big+2)

	var third float32 = 1.0 / 3.0
	fmt.Println(third, float64(third), third*3)

	var max32 float32 = 3.4028234663852886e38
	fmt.Println(max32, max32*2)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)

	// float32 <-> float64 conversions.
	x := 1.1
	y := float32(x)
	fmt.Println(x, y, float64(y), float64(y) == x)
	fmt.Printf("%T %T %v %.10f\n", x, y, y*y, y*y)

	// Mixed computations need explicit conversions.
	var r float32 = 2.5
	area := 3.14159 * r * r
	fmt.Println(area)
	fmt.Printf("%.3f %g %e\n", area, area, area)
}
