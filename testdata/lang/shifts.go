// run

// Shifts: arithmetic right shift of signed values, shift counts at or past
// the width, shift counts of any unsigned or (non-negative) signed type.

package main

import "fmt"

func main() {
	var s int8 = -128
	fmt.Println(s>>1, s>>7, s>>8, s>>100)
	var u uint8 = 0x80
	fmt.Println(u>>1, u>>7, u>>8, u<<1)

	x := 1
	for _, n := range []uint{0, 1, 10, 62, 63, 64, 65, 200} {
		fmt.Println("1 <<", n, "=", x<<n)
	}
	m := -1
	for _, n := range []uint{0, 1, 63, 64, 1000} {
		fmt.Println("-1 >>", n, "=", m>>n, " uint(-1)>>n =", uint64(m)>>n)
	}

	// Signed shift counts (Go 1.13+).
	var cnt int = 3
	var c8 int8 = 2
	fmt.Println(5<<cnt, 40>>c8)

	var big uint64 = 0xDEADBEEFCAFEBABE
	fmt.Printf("%x %x %x\n", big>>32, big<<32, big>>4<<4)
	var i32 int32 = -1 << 31
	fmt.Println(i32, i32>>31, uint32(i32)>>31)
}
