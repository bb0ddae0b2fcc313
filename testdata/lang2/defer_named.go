// run

// Deferred closures modify named results; defer args evaluated at defer time; LIFO.

package main

import (
	"errors"
	"fmt"
)

func triple() (r int) {
	defer func() { r *= 3 }()
	return 5
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	q = a / b
	return
}

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("inner")
}

func main() {
	fmt.Println(triple())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	order()
	fmt.Println()
	fmt.Println(wrap())
}
