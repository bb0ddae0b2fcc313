// run

// os.Args holds the program name and its arguments; the conformance runner
// passes none, so only the count and the user arguments are printed (the
// program name differs between gorun and go).

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1, len(os.Args[1:]))
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
	fmt.Println(os.Args[0] != "")
	args := os.Args
	if len(args) > 1 {
		fmt.Println("unexpected arguments")
		os.Exit(1)
	}
	fmt.Println("no arguments")
}
