// errorcheck

// Errors in an initializer are reported even when the variable is never used.
// A failed assignment makes its variables used (no follow-on "declared and
// not used"); a composite literal with a bad element does not, so m gets
// both errors (gc reports both on one line: they are split here).

package main

func f() (int, error) { return 0, nil }

func main() {
	x := f() // ERROR "assignment mismatch: 1 variable but f(\(\))? returns 2 values"
	var a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var m = map[string]int{ // ERROR "declared (and|but) not used"
		"a"} // ERROR "missing key in map literal"
}
