// errorcheck

// goto may not jump over a variable declaration.

package main

import "fmt"

func main() {
	goto L // ERROR "goto L jumps over (variable declaration at line 11|declaration of x at .*:11)"
	x := 1
	fmt.Println(x)
L:
	fmt.Println("done")
}
