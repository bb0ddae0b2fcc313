// errorcheck

// A struct that contains itself by value is an invalid recursive type.

package main

type T struct { // ERROR "invalid recursive type T"
	a int
	t T
}

type U struct { // ERROR "invalid recursive type U"
	v V
}

type V struct {
	arr [2]U
}

func main() {
	var x T
	_ = x
}
