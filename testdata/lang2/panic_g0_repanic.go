// run
// exit 2
// stderr "panic: close of closed channel \[recovered\]\n\tpanic: runtime error: hash of unhashable type \[\]int \[recovered\]\n\tpanic: again: runtime error: hash of unhashable type \[\]int\n"

// Panics raised in runtime calls chain like any other: a recovered one
// that panics again prints "[recovered]" and the newer panics after it.

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		m := map[interface{}]bool{}
		m[[]int{}] = true
	}()
	ch := make(chan bool)
	close(ch)
	close(ch)
}
