// run
// exit 2
// stderr "panic: runtime error: integer divide by zero"

// Integer remainder by zero panics as division does, for every integer
// type.

package main

import "fmt"

func main() {
	var a uint8 = 7
	var b uint8 = 3
	fmt.Println(a % b)
	b -= 3
	fmt.Println(a % b)
	fmt.Println("unreachable")
}
