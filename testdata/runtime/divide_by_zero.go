// run
// exit 2
// stderr "panic: runtime error: integer divide by zero"

// Integer division by a zero variable panics with
// "runtime error: integer divide by zero".

package main

import "fmt"

func main() {
	nums := []int{10, 5, 2, 0}
	for _, d := range nums {
		fmt.Println("100 /", d, "=", 100/d)
	}
	fmt.Println("unreachable")
}
