// run
// go1.22

// errors.Join (Go 1.20): nil operands are dropped, the message joins the
// operands' messages with newlines, errors.Is/As see every operand, and
// Join of only nils is nil.
//
// Golden written by hand (Go 1.19 lacks errors.Join). Go 1.20+ prints:
//   "a" and "b" on two lines for Println(j); Is(j, b) true; Join(nil, nil)
//   == nil true; the %q of the message "a\nb"; errors.As finds the *codeErr
//   operand (code 7); Unwrap(j) is nil because Join's error has
//   Unwrap() []error, not Unwrap() error.

package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c *codeErr) Error() string { return fmt.Sprint("code ", c.code) }

func main() {
	a := errors.New("a")
	b := errors.New("b")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Println(errors.Is(j, b), errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", j.Error())
	j2 := errors.Join(fmt.Errorf("ctx: %w", &codeErr{7}), a)
	var ce *codeErr
	fmt.Println(errors.As(j2, &ce), ce.code, errors.Is(j2, a), errors.Is(j2, b))
	fmt.Println(errors.Unwrap(j) == nil)
}
