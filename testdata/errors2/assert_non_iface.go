// errorcheck

// Type assertions need an interface operand.

package main

func main() {
	x := 5
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface|non-interface type int on left"
	var y interface{} = x
	_ = y.(int)
}
