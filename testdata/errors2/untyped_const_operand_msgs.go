// errorcheck

// Mismatched untyped constant operands are invalid operations, not assignments.
// (For the switch case Go 1.19 says "cannot convert "a" (untyped string
// constant) to int"; current gc, and gorun, say "invalid case".)

package main

func main() {
	s := "str"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	x := 5
	switch x {
	case "a": // ERROR "invalid case .a. in switch on x \(mismatched types untyped string and int\)|cannot convert .a. \(untyped string constant\) to int"
	}
	var f float64
	_ = f == "1" // ERROR "invalid operation: f == .1. \(mismatched types float64 and untyped string\)"
}
