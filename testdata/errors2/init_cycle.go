// errorcheck

// Initialization cycles are errors; recursion through pointers and slices is fine.

package main

type OK struct {
	next *OK
	kids []OK
}

var a = b // ERROR "initialization cycle"
var b = a

func main() {
	_ = OK{}
}
