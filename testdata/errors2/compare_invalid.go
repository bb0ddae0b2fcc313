// errorcheck

// Slices, maps and funcs are only comparable to nil; structs containing them not at all.

package main

type S struct{ xs []int }

func main() {
	a, b := []int{1}, []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	f := func() {}
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	_ = a == nil
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(.*cannot be compared\)"
}
