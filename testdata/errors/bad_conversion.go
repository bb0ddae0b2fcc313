// errorcheck

// Conversions between unrelated types are not allowed.

package main

func main() {
	_ = int("abc") // ERROR "cannot convert .abc. \(untyped string constant\) to type int"
	var b bool
	_ = int(b) // ERROR "cannot convert b \(variable of type bool\) to type int"
}
