// errorcheck

// Assigning values of the wrong type.

package main

type Celsius float64
type Fahrenheit float64

func main() {
	var x int
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as string value in assignment|cannot use x \(type int\) as type string"
	var c Celsius = 10
	var f Fahrenheit
	f = c // ERROR "cannot use c \(variable of type Celsius\) as Fahrenheit value in assignment|cannot use c \(type Celsius\) as type Fahrenheit"
	f = Fahrenheit(c)
	var b []byte = "str" // ERROR "cannot use .str. \(untyped string constant\) as \[\]byte value in variable declaration|cannot use .str."
	_, _, _ = s, f, b
}
