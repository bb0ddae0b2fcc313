// skip
// gorun bug: a mismatched untyped constant operand of a binary operator or switch case is reported as an assignment: `_ = s + 1` (s string) gives "cannot use 1 (untyped int constant) as string value in assignment" and `switch x { case "a": }` (x int) gives "cannot use "a" (untyped string constant) as int value in assignment"; gc says "invalid operation: s + 1 (mismatched types string and untyped int)" and "invalid case "a" in switch on x (mismatched types untyped string and int)"

// Mismatched untyped constant operands are invalid operations, not assignments.

package main

func main() {
	s := "str"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	x := 5
	switch x {
	case "a": // ERROR "invalid case .a. in switch on x \(mismatched types untyped string and int\)"
	}
	var f float64
	_ = f == "1" // ERROR "invalid operation: f == .1. \(mismatched types float64 and untyped string\)"
}
