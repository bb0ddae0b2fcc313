// run

// Shadowing in blocks, if/switch/for initialisers, and := redeclaration.

package main

import (
	"errors"
	"fmt"
)

var x = "package"

func f() (int, error) { return 1, errors.New("f err") }

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := len(x); x {
	case 4:
		fmt.Println("switch", x)
	}
	var err error
	n, err := f()
	if err != nil {
		n, err := 2, error(nil)
		fmt.Println("inner", n, err)
	}
	fmt.Println(n, err)
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s) }
