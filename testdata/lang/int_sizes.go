// run

// The range of every sized integer type, via typed constants and wrap-around.

package main

import "fmt"

func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(int8(127), int16(32767), int32(2147483647), int64(9223372036854775807))

	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	fmt.Println(u8, u16, u32, u64)

	var i int = -9223372036854775808
	var u uint = 18446744073709551615
	var up uintptr = 4096
	fmt.Println(i, u, up)

	var b byte = 'A'
	var r rune = '世'
	fmt.Println(b, r, string(r))
	fmt.Printf("%T %T %T %T\n", b, r, i, up)
	fmt.Printf("%T %T %T %T %T %T %T %T\n", i8, i16, i32, i64, u8, u16, u32, u64)

	// Zero values.
	var z8 int8
	var zu uint64
	fmt.Println(z8, zu)
}
