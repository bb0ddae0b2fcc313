// run
// exit 2
// stderr "runtime: goroutine stack exceeds 1000000000-byte limit"
// stderr "fatal error: stack overflow"

// Unbounded recursion exhausts the 1 GB goroutine stack limit:
// "runtime: goroutine stack exceeds 1000000000-byte limit",
// "fatal error: stack overflow", exit status 2.

package main

import "fmt"

func down(n int) int {
	var pad [16]int // make each frame a little bigger
	pad[n%16] = n
	return down(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing")
	fmt.Println(down(0))
}
