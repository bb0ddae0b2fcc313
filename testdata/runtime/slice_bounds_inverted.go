// run
// exit 2
// stderr "panic: runtime error: slice bounds out of range \[3:2\]"

// A low bound greater than the high bound panics:
// "slice bounds out of range [3:2]".

package main

import "fmt"

func main() {
	s := []byte("hello")
	lo, hi := 1, 3
	fmt.Println(string(s[lo:hi]))
	lo = 3
	hi = 2
	fmt.Println(string(s[lo:hi]))
	fmt.Println("unreachable")
}
