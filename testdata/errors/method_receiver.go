// errorcheck

// Methods need a named receiver type declared in this package, and a
// type may not have both a field and a method of the same name.

package main

type T struct{ n int }

func (t T) n() int { return 1 } // ERROR "field and method with the same name n"

func (x int) Double() int { return 2 * x } // ERROR "cannot define new methods on non-local type int"

func main() {
	_ = T{}
}
