// errorcheck

// defer and go need a function call.

package main

func main() {
	defer 1 // ERROR "expression in defer must be function call"
}
