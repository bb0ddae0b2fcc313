// errorcheck

// A struct literal may only name the struct's fields.

package main

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, Z: 2} // ERROR "unknown field .?Z.? in struct literal"
	_ = p
}
