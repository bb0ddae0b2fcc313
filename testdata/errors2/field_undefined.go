// errorcheck

// Selecting a field or method that does not exist.

package main

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	_ = t.b // ERROR "t.b undefined \(type T has no field or method b\)"
	t.N()   // ERROR "t.N undefined \(type T has no field or method N\)"
	p := &t
	_ = p.c // ERROR "p.c undefined \(type \*T has no field or method c\)"
	t.M()
}
