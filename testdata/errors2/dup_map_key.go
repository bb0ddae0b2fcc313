// errorcheck

// Duplicate constant keys in map literals are compile errors.

package main

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3}    // ERROR "duplicate key .a. in map literal"
	_ = map[int]bool{1: true, 2: false, 1: false} // ERROR "duplicate key 1 in map literal"
}
