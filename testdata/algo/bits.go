// run

// Bit manipulation: population count, trailing zeros, reversing bits,
// powers of two, Gray codes and subsets by bitmask.

package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func trailingZeros(x uint32) int {
	if x == 0 {
		return 32
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func main() {
	for _, v := range []uint64{0, 1, 255, 1 << 63, 0xF0F0F0F0F0F0F0F0, 18446744073709551615} {
		fmt.Print(popcount(v), " ")
	}
	fmt.Println()
	for _, v := range []uint32{0, 1, 8, 96, 1 << 31} {
		fmt.Print(trailingZeros(v), " ")
	}
	fmt.Println()
	fmt.Printf("%08b %08b %08b\n", reverse8(1), reverse8(0b11010000), reverse8(0xFF))
	var pows []uint
	for x := uint(0); x <= 70; x++ {
		if isPow2(x) {
			pows = append(pows, x)
		}
	}
	fmt.Println(pows)
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", i^(i>>1))
	}
	fmt.Println()
	items := []string{"a", "b", "c"}
	for mask := 0; mask < 1<<len(items); mask++ {
		var sub []string
		for i := range items {
			if mask&(1<<i) != 0 {
				sub = append(sub, items[i])
			}
		}
		fmt.Print(sub)
	}
	fmt.Println()
	// Swap without a temporary, and sign tricks.
	a, b := 12, 34
	a ^= b
	b ^= a
	a ^= b
	x := -17
	fmt.Println(a, b, x>>63, (x^(x>>63))-(x>>63))
}
