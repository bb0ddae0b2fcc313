// run

// Conversions between integer types truncate or sign-extend.

package main

import "fmt"

func main() {
	var x int = 300
	fmt.Println(int8(x), uint8(x), int16(x))

	var neg int = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))

	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int32(big), uint32(big), int16(big), uint16(big), int8(big), uint8(big))

	var s8 int8 = -5
	fmt.Println(int64(s8), uint64(s8), uint8(s8), int(s8))

	var u8 uint8 = 250
	fmt.Println(int8(u8), int(u8), int64(u8))

	var u32 uint32 = 4000000000
	fmt.Println(int32(u32), int64(u32), int(u32))

	var u64 uint64 = 18446744073709551615
	fmt.Println(int64(u64), int(u64), int32(u64))

	// Between byte, rune and int.
	var r rune = 'é'
	fmt.Println(r, byte(r), int(r))
	var by byte = 'z'
	fmt.Println(rune(by), int(by)-'a')

	// Chains of conversions (of variables: constants must be representable).
	v200, vm1 := 200, -1
	fmt.Println(int64(int8(uint8(v200))))
	fmt.Println(uint64(uint32(int32(vm1))))
}
