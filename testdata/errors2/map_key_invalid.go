// errorcheck

// Map keys must be comparable.

package main

func main() {
	_ = map[[]int]string{}    // ERROR "invalid map key type \[\]int"
	_ = map[func()]int{}      // ERROR "invalid map key type func\(\)"
	_ = map[map[int]int]int{} // ERROR "invalid map key type map\[int\]int"
	_ = map[[2]int]int{}
	_ = map[struct{ a []int }]int{} // ERROR "invalid map key type struct"
}
