// errorcheck

// A constant must fit the type it is converted to.

package main

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)|constant 300 overflows int8"
	var b uint8 = 255
	b = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in assignment \(overflows\)|constant 256 overflows uint8"
	c := uint(-1) // ERROR "cannot convert -1 \(untyped int constant\) to type uint|constant -1 overflows uint"
	_, _, _ = a, b, c
}
