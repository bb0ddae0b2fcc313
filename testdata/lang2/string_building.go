// run

// String concatenation, comparison, multi-line raw strings and escapes.

package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s))
	raw := `line1
	"quoted" \n not escaped`
	fmt.Println(raw)
	fmt.Println(len("\x41\u00e9\U0001F600\t\\"), "\x41\u00e9\U0001F600")
	words := []string{"banana", "Apple", "cherry", "apple"}
	min := words[0]
	for _, w := range words[1:] {
		if w < min {
			min = w
		}
	}
	fmt.Println(min, "a" < "b", "ab" < "abc", "B" < "a")
	fmt.Println(strings.Compare("x", "x"), "héllo"[1:3] == "é")
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b[:5]), string(b[6:]))
	var sb strings.Builder
	for _, r := range "abc" {
		sb.WriteString(strings.Repeat(string(r), 2))
	}
	fmt.Println(sb.String())
	long := strings.Repeat("xy", 1000)
	fmt.Println(len(long), long[1998:], strings.Count(long, "yx"))
}
