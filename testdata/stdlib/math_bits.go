// run

// math/bits: counting, rotating, reversing, and full-width arithmetic.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.Len(1023), bits.UintSize)
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft64(1, -1), bits.Reverse16(1), bits.ReverseBytes32(0x01020304))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	d, b := bits.Sub32(1, 2, 0)
	fmt.Println(s, c, d, b, bits.Rem64(5, 7, 3))
}
