// errorcheck

// Assigning a value of the wrong type.

package main

func main() {
	x := 1
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as (type )?string( value)? in assignment"
	_ = s
}
