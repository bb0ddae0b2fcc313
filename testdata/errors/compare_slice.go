// errorcheck

// Slices can only be compared with nil.

package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = a == nil
}
