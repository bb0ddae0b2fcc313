// errorcheck

// A local variable that is declared but never used is an error.

package main

func main() {
	x := 1 // ERROR "declared (and|but) not used"
	y := 2
	_ = y
}
