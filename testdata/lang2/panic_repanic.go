// run
// exit 2
// stderr "panic: first \[recovered\]"
// stderr "panic: second"

// Re-panicking inside a deferred call after recover.

package main

import "fmt"

func main() {
	defer fmt.Println("outer defer runs")
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic("second")
	}()
	panic("first")
}
