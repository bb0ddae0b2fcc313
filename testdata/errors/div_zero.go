// errorcheck

// Division by a constant zero is caught at compile time.

package main

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	const c = 1
	_ = c / (c - 1) // ERROR "invalid operation: division by zero"
}
