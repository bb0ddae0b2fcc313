// run

// range over a string decodes UTF-8: byte offset and rune; invalid bytes
// decode as U+FFFD one byte at a time.

package main

import "fmt"

func main() {
	for i, r := range "aé世🎉" {
		fmt.Println(i, r, string(r))
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()

	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()

	// Counting runes vs bytes.
	s := "Hello, 世界! ñ"
	runes := 0
	for range s {
		runes++
	}
	fmt.Println(len(s), runes, len([]rune(s)))

	// Only the rune.
	upper := ""
	for _, r := range "hello, wörld" {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		upper += string(r)
	}
	fmt.Println(upper)

	// An empty string does not iterate.
	n := 0
	for range "" {
		n++
	}
	fmt.Println("empty:", n)
}
