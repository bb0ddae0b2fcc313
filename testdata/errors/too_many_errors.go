// errorcheck

// After ten errors the compiler gives up with "too many errors".

package main

func main() {
	a1 := 1 // ERROR "declared (and|but) not used"
	a2 := 2 // ERROR "declared (and|but) not used"
	a3 := 3 // ERROR "declared (and|but) not used"
	a4 := 4 // ERROR "declared (and|but) not used"
	a5 := 5 // ERROR "declared (and|but) not used"
	a6 := 6 // ERROR "declared (and|but) not used"
	a7 := 7 // ERROR "declared (and|but) not used"
	a8 := 8 // ERROR "declared (and|but) not used"
	a9 := 9 // ERROR "declared (and|but) not used"
	a10 := 10 // ERROR "declared (and|but) not used"
	a11 := 11
	a12 := 12
}
