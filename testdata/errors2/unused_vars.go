// errorcheck

// Unused local variables and imports are errors; unused package vars and funcs are not.

package main

import (
	"fmt"
	"os" // ERROR ".os. imported and not used|imported and not used: .os."
)

var pkgUnused = 1

func helper() {}

func main() {
	x := 1       // ERROR "declared (and|but) not used"
	var y string // ERROR "declared (and|but) not used"
	z := 2       // ERROR "declared (and|but) not used"
	z = 3
	a, b := 1, 2 // ERROR "declared (and|but) not used"
	_ = a
	fmt.Println()
}
