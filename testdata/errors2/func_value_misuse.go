// errorcheck

// Function values: wrong signatures, calling non-functions, using results of void calls.

package main

type Handler func(string) int

func good(s string) int   { return len(s) }
func bad(s string) string { return s }
func void()               {}

func main() {
	var h Handler = good
	h = bad // ERROR "cannot use bad \(value of type func\((s )?string\) string\) as Handler value in assignment"
	x := 3
	x()         // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	y := void() // ERROR "void\(\) \(no value\) used as value|void\(\) used as value"
	_, _ = h, y
}
