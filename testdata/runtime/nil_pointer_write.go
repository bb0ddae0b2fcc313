// run
// exit 2
// stderr "panic: runtime error: invalid memory address or nil pointer dereference"

// Writing through a nil pointer panics as well.

package main

import "fmt"

func set(p *int, v int) {
	*p = v
}

func main() {
	x := 0
	set(&x, 5)
	fmt.Println("x =", x)
	var p *int
	set(p, 6)
	fmt.Println("unreachable")
}
