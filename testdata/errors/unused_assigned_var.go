// errorcheck

// Variables used only on the left of an assignment are still unused.

package main

func main() {
	x := 0 // ERROR "declared (and|but) not used"
	x = 1
	for i := 0; i < 3; i++ {
		y := i // ERROR "declared (and|but) not used"
	}
}
