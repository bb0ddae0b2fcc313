// run

// unicode predicates and case mapping across scripts.

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, Wörld! 123 Ωμέγα ١٢٣ 世界\t\n"
	var letters, digits, spaces, upper, punct, numbers int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsDigit(r) {
			digits++
		}
		if unicode.IsNumber(r) {
			numbers++
		}
		if unicode.IsSpace(r) {
			spaces++
		}
		if unicode.IsUpper(r) {
			upper++
		}
		if unicode.IsPunct(r) {
			punct++
		}
	}
	fmt.Println(letters, digits, numbers, spaces, upper, punct)
	fmt.Println(strings.ToUpper("ωμέγα straße"), strings.ToLower("ΩΜΈΓΑ İ"))
	fmt.Println(string(unicode.ToTitle('ǆ')), unicode.IsControl('\x07'), unicode.IsPrint('\x07'), unicode.IsGraphic('a'))
	fmt.Println(unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Ω'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Letter, unicode.Digit}, '_'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.MaxRune, unicode.ReplacementChar)
}
