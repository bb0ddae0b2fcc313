// run
// exit 2
// stderr "panic: \(main\.T\) 0x[0-9a-f]+"

// A panic with a struct value that is neither error nor Stringer prints its type and an address.

package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Println("start")
	panic(T{1, "x"})
}
