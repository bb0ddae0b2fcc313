// run

// unicode: classes and case mappings over ASCII, Latin-1 and beyond, from
// Go 1.19's tables.

package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t\n!é世ßΣσ٣\u00a0\u2028_-" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsSymbol(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Latin, unicode.Greek), unicode.MaxRune, unicode.ReplacementChar)
}
