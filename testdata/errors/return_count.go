// errorcheck

// return must give exactly the function's results.

package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func main() {
	_ = one()
	_, _ = two()
}
