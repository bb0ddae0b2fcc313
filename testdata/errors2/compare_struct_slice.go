// errorcheck

// Structs containing slices are not comparable.

package main

type S struct{ xs []int }

func main() {
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
}
