// errorcheck

// Unreachable code after return or panic is not an error; unused results of pure expressions are.

package main

import "fmt"

func f() int {
	return 1
	fmt.Println("unreachable but legal")
	return 2
}

func g() {
	panic("x")
	fmt.Println("also legal")
}

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	f()
	g()
	"str" // ERROR ".str. \(untyped string constant\) is not used"
}
