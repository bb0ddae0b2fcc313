// run
// exit 2
// stderr "panic: 42"

// panic accepts values of any type; an int prints as
// "panic: 42" plus, since Go 1.18, the goexit trace; status 2.

package main

import "fmt"

func main() {
	fmt.Println("before")
	panic(42)
}
