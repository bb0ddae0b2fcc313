// run

// unicode/utf8: decoding, encoding, counting and validating UTF-8.

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(utf8.RuneCountInString(s), len(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Println(i, string(r), size, utf8.RuneLen(r))
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	b := utf8.AppendRune(nil, 0x10FFFF)
	fmt.Println(b, utf8.RuneCount(b), utf8.FullRune(b[:2]), utf8.RuneStart(b[1]))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.MaxRune, utf8.ValidRune(0xD800))
}
