// run
// exit 2
// stderr "panic: runtime error: integer divide by zero"

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("before")
	var y uint32
	fmt.Println(bits.Div32(0, 1, y))
}
