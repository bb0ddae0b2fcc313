// errorcheck

// Interface declaration errors: duplicate methods, and overlapping embedded methods are fine.

package main

type A interface {
	M()
	M() // ERROR "duplicate method M"
}

type X interface{ M() }
type Y interface {
	M()
	N()
}

// Overlapping identical methods are allowed (Go 1.14).
type XY interface {
	X
	Y
}

func main() {
	var xy XY
	_ = xy
	var a A
	_ = a
}
