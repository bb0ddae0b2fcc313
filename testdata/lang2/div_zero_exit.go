// run
// exit 2
// stderr "panic: runtime error: integer divide by zero"

// Integer division by zero is a runtime panic; float division gives Inf.

package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	x, y := 1.0, 0.0
	fmt.Println(x/y, -x/y)
	fmt.Println(div(10, 3))
	fmt.Println(div(1, 0))
}
