// skip
// gorun bug: when a declared variable is otherwise unused, gorun reports only "declared and not used: x" and drops the real error in its initializer; repro: func f() (int, error); func main() { x := f() } (gc: assignment mismatch: 1 variable but f() returns 2 values). Same for `var a, b = 1` (assignment mismatch: 2 variables but 1 value) and `var m = map[string]int{"a"}` (missing key in map literal)

// Errors in an initializer are reported even when the variable is never used.

package main

func f() (int, error) { return 0, nil }

func main() {
	x := f() // ERROR "assignment mismatch: 1 variable but f(\(\))? returns 2 values"
	var a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var m = map[string]int{"a"} // ERROR "missing key in map literal"
}
