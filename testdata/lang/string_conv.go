// run

// Conversions: string <-> []byte, string <-> []rune, string(rune),
// and copies are independent of the original.

package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(s, string(b))

	r := []rune(s)
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	var by byte = 'x'
	fmt.Println(string(by), string(rune(by)))

	// Building from bytes.
	buf := []byte{}
	for c := byte('a'); c <= 'e'; c++ {
		buf = append(buf, c)
	}
	buf = append(buf, "fgh"...)
	fmt.Println(string(buf))

	// Reversing runes.
	rs := []rune("Hello, 世界")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))

	// Invalid UTF-8 becomes U+FFFD when converted to runes.
	bad := []rune("a\xffb")
	fmt.Println(bad, string(bad))

	// Empty conversions.
	fmt.Println(len([]byte("")), len([]rune("")), string([]byte(nil)) == "")

	// Named string and byte-slice types.
	type Name string
	type Bytes []byte
	n := Name("gopher")
	nb := Bytes(n)
	fmt.Println(n, nb, string(nb), Name(nb) == n)

	// Copying a string into a byte slice.
	dst := make([]byte, 3)
	k := copy(dst, "abcdef")
	fmt.Println(k, string(dst))
}
