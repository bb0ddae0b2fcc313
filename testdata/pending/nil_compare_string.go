// skip
// gorun bug: comparing a string with nil is reported as "cannot use nil as string value in assignment" (there is no assignment); gc says "invalid operation: s == nil (mismatched types string and untyped nil)"

// Comparing a string with nil.

package main

func main() {
	var s string
	_ = s == nil // ERROR "invalid operation: s == nil \(mismatched types string and untyped nil\)"
}
