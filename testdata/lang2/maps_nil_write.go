// run
// exit 2
// stderr "assignment to entry in nil map"

// Writing to a nil map panics; reading is fine.

package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	m["a"] = 1
	fmt.Println("unreachable")
}
