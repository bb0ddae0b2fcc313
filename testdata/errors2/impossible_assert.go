// errorcheck

// A type assertion to a concrete type that cannot implement the interface is impossible.

package main

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "t" }

func main() {
	var s Stringer = &T{}
	_ = s.(T) // ERROR "impossible type assertion"
	_ = s.(*T)
}
