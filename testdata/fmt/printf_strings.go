// run

// Printf string verbs: %s %q %x %X %v with widths, precision (truncation),
// left alignment, and %s/%q/%x on byte slices.

package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.3s|%10.2s|%-10.4s|\n", s, s, s, s, s, s)
	fmt.Printf("%q|%x|%X|% x|%#x|% X\n", s, s, s, s, s, s)
	fmt.Printf("%v|%5v|%-7v|\n", s, s, s)

	// Quoting escapes.
	fmt.Printf("%q\n", "tab\there \"quoted\" back\\slash\nnewline")
	fmt.Printf("%q|%+q|%#q|%#q\n", "héllo 世界", "héllo 世界", "raw`not", "raw ok")
	fmt.Printf("%q\n", "\x00\x7f\xff")

	// Byte slices.
	b := []byte("bytes")
	fmt.Printf("%s|%q|%x|%X|%v\n", b, b, b, b, b)

	// Unicode and width: width counts runes.
	fmt.Printf("[%6s][%-6s][%.2s]\n", "世界", "世界", "世界人")

	// Strings in composites.
	fmt.Printf("%s|%q|%v\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})

	// Empty strings.
	fmt.Printf("[%s][%q][%5s][%x]\n", "", "", "", "")

	// Sprintf composes.
	name, age := "Gopher", 13
	line := fmt.Sprintf("%-8s|%4d|", name, age)
	fmt.Println(line, len(line))

	// Table output.
	rows := []struct {
		Item  string
		Qty   int
		Price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-10s|%5s|%8s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-10s|%5d|%8.2f\n", r.Item, r.Qty, r.Price)
	}
}
