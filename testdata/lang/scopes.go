// run

// Scopes and shadowing: block scopes, if/for/switch statement scopes,
// shadowing package-level names and builtins.

package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x = "block changed"
			fmt.Println(x)
		}
	}
	fmt.Println(x)

	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}

	// Shadowing with := in an inner scope does not assign the outer.
	err := "none"
	if true {
		err := "inner"
		_ = err
	}
	fmt.Println(err)

	// Predeclared identifiers can be shadowed.
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	{
		type int string // a new defined type named int
		var s int = "an int that is a string"
		fmt.Println(s)
	}

	// Redeclaration with := when at least one new variable.
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)

	// Function parameters are in the function's outermost scope.
	f := func(x int) int {
		x++
		return x
	}
	fmt.Println(f(9), x)
}
