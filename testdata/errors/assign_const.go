// errorcheck

// Constants and string bytes cannot be assigned to.

package main

const c = 1

func main() {
	c = 2 // ERROR "cannot assign to c"
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\]"
	_ = s
}
