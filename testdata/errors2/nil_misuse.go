// errorcheck

// nil has no type: it cannot initialise untyped variables or be used as a value of basic type.

package main

func main() {
	x := nil        // ERROR "use of untyped nil in assignment|use of untyped nil"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	_, _ = x, n
}
