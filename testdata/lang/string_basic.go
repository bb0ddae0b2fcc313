// run

// Strings: concatenation, comparison, length in bytes, indexing bytes.

package main

import "fmt"

func main() {
	s := "hello"
	t := "world"
	u := s + ", " + t + "!"
	fmt.Println(u, len(u))
	fmt.Println(s[0], s[4], string(s[0]), s[len(s)-1])

	// Comparison is bytewise lexicographic.
	fmt.Println(s == "hello", s != t, s < t, "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
	fmt.Println("apple" > "apples", "b" > "apple", "hello" <= "hello", "hello" >= "help")

	// Strings are immutable values; += builds a new one.
	v := s
	v += "!"
	fmt.Println(s, v)

	// Multi-byte UTF-8: len counts bytes.
	w := "héllo, 世界"
	fmt.Println(w, len(w), w[1], w[2])

	// Raw strings keep backslashes and newlines.
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))

	// Escapes in interpreted strings.
	esc := "tab\there\x41\u00e9\U0001F600\101\\\""
	fmt.Println(esc, len(esc))

	// Empty string and zero value.
	var empty string
	fmt.Println(empty == "", len(empty), "["+empty+"]")

	// Byte-wise loop.
	count := 0
	for i := 0; i < len(u); i++ {
		if u[i] == 'o' || u[i] == 'l' {
			count++
		}
	}
	fmt.Println("l/o count:", count)

	// Constant strings.
	const greeting = "hi" + " " + "there"
	fmt.Println(greeting, len(greeting))
	const l = len(greeting)
	var arr [l]int
	fmt.Println(len(arr))
}
