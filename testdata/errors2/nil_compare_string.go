// errorcheck

// Comparing a string with nil.

package main

func main() {
	var s string
	_ = s == nil // ERROR "invalid operation: s == nil \(mismatched types string and untyped nil\)"
}
