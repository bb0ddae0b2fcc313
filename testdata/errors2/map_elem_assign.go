// errorcheck

// Map elements are not addressable: no field assignment, no &m[k].

package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].X = 2 // ERROR "cannot assign to struct field m\[.a.\].X in map"
	_ = &m["a"]  // ERROR "invalid operation: cannot take address of m\[.a.\]"
	pm := map[string]*P{"a": {1}}
	pm["a"].X = 2
}
