// run

// Custom error types, nil error vs typed nil pointer, sentinel errors.

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

var ErrNotFound = errors.New("not found")

func find(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "b":
		return 0, &MyErr{42}
	}
	return 0, ErrNotFound
}

func typedNil() error {
	var p *MyErr
	return p
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		v, err := find(k)
		if err != nil {
			fmt.Println(k, "error:", err)
			if me, ok := err.(*MyErr); ok {
				fmt.Println("code", me.Code)
			}
			if err == ErrNotFound {
				fmt.Println("sentinel")
			}
			continue
		}
		fmt.Println(k, v)
	}
	err := typedNil()
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%v %T\n", err == (*MyErr)(nil), err)
}
