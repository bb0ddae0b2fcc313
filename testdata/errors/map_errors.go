// errorcheck

// The checker's map errors.

package main

type P struct{ x int }

func main() {
	var bad map[[]int]string // ERROR "invalid map key type \[\]int"
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[.a.\]\.x in map"
	_ = bad
	_ = &m["a"] // ERROR "cannot take address of m\[.a.\]"
	delete(m)   // ERROR "not enough arguments"
}
