// errorcheck

// The number of variables must match the number of values.

package main

func f() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := f() // ERROR "assignment mismatch: 2 variables but f(\(\))? returns 1 value"
	var c int = two() // ERROR "assignment mismatch: 1 variable but two(\(\))? returns 2 values|multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_, _, _ = a, b, c
}
