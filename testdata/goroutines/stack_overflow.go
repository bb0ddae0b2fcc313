// run
// exit 2

// Unbounded recursion: "runtime: goroutine stack exceeds 1000000000-byte
// limit", "fatal error: stack overflow", exit 2 (no segfault).
package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println("recursing")
	done := make([]int, 1)
	done[0] = f(0)
	fmt.Println(done)
}
