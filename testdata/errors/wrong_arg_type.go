// errorcheck

// Arguments must be assignable to the parameter types.

package main

func square(n int) int { return n * n }

func main() {
	_ = square("hi") // ERROR "cannot use .hi. \(untyped string constant\) as (type )?int( value)? in argument to square"
	var f float64 = 2
	_ = square(f) // ERROR "cannot use f \(variable of type float64\) as (type )?int( value)? in argument to square"
}
