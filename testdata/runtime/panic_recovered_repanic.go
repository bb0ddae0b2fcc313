// run
// exit 2
// stderr "panic: first \[recovered\]\n\tpanic: first again\n\ngoroutine 1 \[running\]:\nmain.main.func1\(\)"

// A recovered panic that panics again prints both, the first [recovered];
// deferred calls still run before the program dies.

package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	defer func() {
		r := recover()
		panic(fmt.Sprint(r, " again"))
	}()
	panic("first")
}
