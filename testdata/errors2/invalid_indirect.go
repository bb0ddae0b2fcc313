// errorcheck

// Dereferencing a non-pointer and calling methods on pointer-to-interface.

package main

type I interface{ M() }

func main() {
	x := 3
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	var i I
	p := &i
	p.M() // ERROR "p.M undefined \(type \*I is pointer to interface, not interface\)"
	(*p).M()
}
