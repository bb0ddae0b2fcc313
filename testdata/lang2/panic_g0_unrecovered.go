// run
// exit 2
// stderr "^panic: runtime error: makeslice: len out of range\n\ngoroutine 1 \[running\]:\nmain\.grow"
// stderr "\nmain\.main\(\)\n"

// A runtime-call panic nobody recovers: the deferred calls run first (a
// recover that is not in a deferred call returns nil), then it prints as
// Go prints it, with the goroutine's traceback, and exits 2.

package main

import "fmt"

func grow(n int) []int {
	defer fmt.Println("deferred in grow:", recover())
	return make([]int, n)
}

func main() {
	defer func() {
		fmt.Println("deferred in main")
	}()
	fmt.Println(len(grow(3)))
	fmt.Println(len(grow(-3)))
}
