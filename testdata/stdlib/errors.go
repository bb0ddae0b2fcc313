// run

// errors: New, Is, As, Unwrap, fmt.Errorf with %w.

package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(k string) error {
	if k == "" {
		return &MyErr{42}
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var me *MyErr
	err2 := fmt.Errorf("wrapped: %w", find(""))
	fmt.Println(err2, errors.As(err2, &me), me.Code)
	fmt.Println(errors.As(err, &me), errors.Is(nil, ErrNotFound), errors.Unwrap(ErrNotFound))
	fmt.Printf("%T %T\n", err, ErrNotFound)
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(e3, ErrNotFound), errors.New("a") == errors.New("a"))
}
