// run

// Integer overflow wraps, shifts, division/modulo signs, float conversions.

package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8)
	mx := int64(math.MaxInt64)
	mx++
	fmt.Println(mx)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	fmt.Println(1<<10, -1>>1, uint32(1)<<31, uint64(1)<<63)
	var sh uint = 70
	fmt.Println(int64(1)<<sh, int32(-8)>>sh)
	f := 1e100
	g := 3.9
	fmt.Println(int64(g), int64(-g), uint8(int(300)&0xff), float32(f) == float32(math.Inf(1)))
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2), 1/3.0)
	var x uint = 3
	fmt.Println(^x, ^0, 5&^3, 6|3, 6^3)
}
