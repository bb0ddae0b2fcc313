// run
// exit 2
// stderr "goroutine stack exceeds|stack overflow"

// Unbounded recursion ends in a fatal stack overflow.

package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
