// run

// Booleans: logic operators, short-circuit evaluation, comparison results.

package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	calls++
	fmt.Println("eval", name)
	return false
}

func main() {
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b)
	fmt.Println(a == b, a != b, a == !b)

	// Short-circuit: the right operand is not evaluated.
	if f("left") && t("right") {
		fmt.Println("unreachable")
	}
	if t("left2") || f("right2") {
		fmt.Println("or taken")
	}
	fmt.Println("calls:", calls)

	// Truth table.
	for _, x := range []bool{false, true} {
		for _, y := range []bool{false, true} {
			fmt.Println(x, y, x && y, x || y, x != y)
		}
	}

	var zero bool
	fmt.Println("zero value:", zero)
	cmp := 3 < 4
	fmt.Printf("%v %t %T\n", cmp, !cmp, cmp)

	type Flag bool
	var fl Flag = true
	fmt.Println(fl, !fl)
}
