// run

// Conversions between string, []byte, []rune and integer types.

package main

import (
	"fmt"
	"strconv"
)

type MyString string
type MyBytes []byte

func main() {
	s := "Grüße"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(string(b[2:4]), string(r[2:4]))
	ms := MyString(s)
	fmt.Println(ms, len(ms), string(ms[0]))
	mb := MyBytes(s)
	fmt.Println(mb, string(mb))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD")
	var x byte = 200
	var y int8 = int8(x)
	fmt.Println(y, uint16(y), int64(-1)>>1, uint8(257%256))
	f := 3.99
	fmt.Println(int(f), int(-f), float32(0.1), float64(float32(0.1)))
	fmt.Println(strconv.Itoa(int('A')), string(rune('A'+2)))
	cat := ""
	for i := 0; i < 5; i++ {
		cat += string(rune('a' + i))
	}
	fmt.Println(cat)
	bs := []byte("abc")
	s2 := string(bs)
	bs[0] = 'X'
	fmt.Println(s2, string(bs))
	fmt.Println([]byte(""), []rune(""), string([]byte(nil)) == "")
}
