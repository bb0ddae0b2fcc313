// skip
// gorun bug: an invalid recursive struct type crashes gorun with SIGSEGV (exit 139) instead of reporting "invalid recursive type T"; repro: type T struct { t T }; func main() { var x T; _ = x }

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
