// errorcheck

// Operators must be defined on the operand types.

package main

func main() {
	x := 1
	s := "a"
	b := true
	_ = !x  // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = -s  // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
}
