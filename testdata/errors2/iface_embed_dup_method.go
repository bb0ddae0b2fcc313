// errorcheck

// Interface declaration errors: duplicate methods, also through embedding.

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

type Y2 interface{ M(int) }

type XY2 interface {
	X
	Y2 // ERROR "duplicate method M"
}

func main() {
	var xy XY
	var xy2 XY2
	_, _ = xy, xy2
	var a A
	_ = a
}
