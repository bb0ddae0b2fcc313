// run
// go1.22

// fmt.Errorf with more than one %w wraps every operand (Go 1.20).
//
// Golden written by hand (Go 1.19 prints %!w for the second verb and does not
// wrap). Go 1.20+ prints the message "x: a; y: b" and true for errors.Is of
// each operand, and Unwrap(w) is nil (the error has Unwrap() []error).

package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("a")
	b := errors.New("b")
	w := fmt.Errorf("x: %w; y: %w", a, b)
	fmt.Println(w)
	fmt.Println(errors.Is(w, a), errors.Is(w, b), errors.Unwrap(w) == nil)
}
