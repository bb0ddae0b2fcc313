// skip
// gorun bug: comparing structs with a slice field says "invalid operation: s1 == s2 (S cannot be compared)"; gc says "(struct containing []int cannot be compared)"

// Structs containing slices are not comparable.

package main

type S struct{ xs []int }

func main() {
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
}
