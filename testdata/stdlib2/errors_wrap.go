// run

// errors.New, Is, As, Unwrap, fmt.Errorf %w, custom Is/Unwrap methods.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrBase = errors.New("base failure")

type PathErr struct {
	Path string
	Err  error
}

func (e *PathErr) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathErr) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string        { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool { t, ok := target.(codeErr); return ok && (t == 0 || t == c) }

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, io.EOF))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrBase, errors.Unwrap(ErrBase))
	pe := &PathErr{"/x", e1}
	wrapped := fmt.Errorf("op: %w", pe)
	var target *PathErr
	if errors.As(wrapped, &target) {
		fmt.Println("as:", target.Path, target)
	}
	fmt.Println(errors.Is(wrapped, ErrBase))
	ce := fmt.Errorf("ctx: %w", codeErr(404))
	fmt.Println(errors.Is(ce, codeErr(0)), errors.Is(ce, codeErr(404)), errors.Is(ce, codeErr(500)))
	var c codeErr
	fmt.Println(errors.As(ce, &c), c)
	noWrap := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(noWrap, errors.Is(noWrap, ErrBase), errors.Unwrap(noWrap) == nil)
	_, err := os.ReadFile("/nonexistent/gorun/file")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	fmt.Println(errors.New("a") == errors.New("a"))
}
