// errorcheck

// Duplicate indices in slice literals and duplicate constant switch cases.

package main

func main() {
	_ = []int{0: 1, 1: 2, 0: 3} // ERROR "duplicate index 0 in array or slice literal"
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 in expression switch"
	}
}
