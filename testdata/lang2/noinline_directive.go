// run
// exit 2
// stderr "panic: value too large"
// stderr "main\.check\("

// //go:noinline keeps a function out of its callers, so that its frame is
// its own in a traceback even under gorun -O (which inlines small
// functions and would report the panic in main.main). With a space
// after the slashes it is a plain comment.

package main

import "fmt"

// go:noinline (not a directive: a space after the slashes)
func double(v int) int { return v * 2 }

//go:noinline
func check(v int) int {
	if v > 2 {
		panic("value too large")
	}
	return double(v)
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(check(i))
	}
}
