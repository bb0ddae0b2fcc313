// run

// unicode/utf8 and unicode helpers.

package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xff"))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Print(string(r), ":", size, " ")
		s = s[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("héllo世")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'))
	fmt.Println(utf8.AppendRune(nil, 'ñ'), utf8.RuneCount([]byte("añb")), utf8.FullRune([]byte{0xe2, 0x82}))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.ValidRune(0xD800))
	for _, c := range "aZ5 _é\tΣ!" {
		fmt.Printf("%q L%t U%t l%t D%t S%t P%t\n", c, unicode.IsLetter(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsDigit(c), unicode.IsSpace(c), unicode.IsPunct(c))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), unicode.In('世', unicode.Han))
}
