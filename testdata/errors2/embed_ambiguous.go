// errorcheck

// Ambiguous selectors from two embedded types at the same depth.

package main

type A struct{ X int }

func (A) Hello() {}

type B struct{ X int }

func (B) Hello() {}

type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.X   // ERROR "ambiguous selector c.X"
	c.Hello() // ERROR "ambiguous selector c.Hello"
	_ = c.A.X
	c.B.Hello()
}
