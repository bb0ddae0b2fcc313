// errorcheck

// A statement that does not parse.

package main

func main() {
	x := 1 + ) // ERROR "syntax error: unexpected \)"
	_ = x
}
