// errorcheck

// Untyped constants converted to interfaces take their default type and must fit it.

package main

import "fmt"

func main() {
	fmt.Println(1 << 63)        // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int value in argument to fmt.Println \(overflows\)|overflows int"
	var e interface{} = 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in variable declaration \(overflows\)|overflows int"
	_ = e
}
