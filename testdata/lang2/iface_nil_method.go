// run
// exit 2
// stderr "invalid memory address or nil pointer dereference"

// Calling a method on a nil interface panics with a nil dereference.

package main

import "fmt"

type I interface{ M() string }
type T struct{}

func (t *T) M() string {
	if t == nil {
		return "nil receiver ok"
	}
	return "T"
}

func main() {
	var t *T
	var i I = t
	fmt.Println(i.M())
	var j I
	fmt.Println(j == nil)
	fmt.Println(j.M())
}
