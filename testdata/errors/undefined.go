// errorcheck

// Using a name that is declared nowhere.

package main

import "fmt"

func main() {
	a := 1
	fmt.Println(a + b) // ERROR "undefined: b"
	undefinedFunc()    // ERROR "undefined: undefinedFunc"
}
