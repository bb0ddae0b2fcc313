// run
// exit 2
// stderr "panic: runtime error: invalid memory address or nil pointer dereference\n\[signal SIGSEGV"

// Deferred calls of every frame run, innermost first, before an unrecovered
// panic kills the program, and the traceback still shows the panicking frames.

package main

import "fmt"

type E struct{}

func (E) Error() string { return "custom error" }

func f(n int) int {
	defer fmt.Println("unwinding f", n)
	if n == 0 {
		var p *int
		return *p
	}
	return f(n - 1)
}

func main() {
	defer fmt.Println("main deferred")
	f(3)
}
