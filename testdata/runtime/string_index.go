// run
// exit 2
// stderr "panic: runtime error: index out of range \[3\] with length 3"

// Indexing a string past its length panics.

package main

import "fmt"

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n-1])
	fmt.Println(s[n])
	fmt.Println("unreachable")
}
