// run
// exit 2
// stderr "panic: runtime error: index out of range \[3\] with length 0\n\tpanic: second\n"

// A panic in a deferred call during panicking: both are printed, oldest first.

package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	var a []int
	fmt.Println("x")
	_ = a[3]
}
