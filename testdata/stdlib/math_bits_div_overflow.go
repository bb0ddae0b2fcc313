// run
// exit 2
// stderr "panic: runtime error: integer overflow"

// math/bits.Div64 panics with the runtime's overflow error when the quotient
// does not fit.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("before")
	q, r := bits.Div64(5, 0, 3)
	fmt.Println(q, r)
}
