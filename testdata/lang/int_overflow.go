// run

// Integer arithmetic wraps around (two's complement) at run time.

package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a = -128
	a--
	fmt.Println("int8 -128-1 =", a)

	var b uint8 = 255
	b++
	fmt.Println("uint8 255+1 =", b)
	b = 0
	b--
	fmt.Println("uint8 0-1 =", b)

	var c int16 = 32767
	c += 10
	fmt.Println("int16 32767+10 =", c)

	var d int32 = 2147483647
	d *= 2
	fmt.Println("int32 max*2 =", d)

	var e int64 = 9223372036854775807
	e++
	fmt.Println("int64 max+1 =", e)

	var f uint32 = 1 << 31
	f *= 2
	fmt.Println("uint32 2^31*2 =", f)

	var g uint64 = 1 << 63
	g += g
	fmt.Println("uint64 2^63+2^63 =", g)

	var h uint16 = 300
	h *= 300
	fmt.Println("uint16 300*300 =", h)

	// Negating the most negative value yields itself.
	var m int32 = -2147483648
	fmt.Println("-minInt32 =", -m)
	var mi int = -9223372036854775808
	fmt.Println("-minInt =", -mi)

	// Division of the most negative value by -1 wraps too.
	var n int8 = -128
	var neg1 int8 = -1
	fmt.Println("-128 / -1 =", n/neg1, "-128 % -1 =", n%neg1)

	// A multiplicative hash, relying on uint32 wrap-around.
	var hash uint32 = 2166136261
	for _, ch := range []byte("hello") {
		hash ^= uint32(ch)
		hash *= 16777619
	}
	fmt.Println("fnv1a(hello) =", hash)
}
