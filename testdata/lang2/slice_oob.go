// run
// exit 2
// stderr "panic: runtime error: slice bounds out of range \[:5\] with capacity 3"

// Slicing beyond capacity panics with Go's message.

package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	fmt.Println(s[:3])
	n := 5
	fmt.Println(s[:n])
}
