// run

// Variadic functions: zero args, f(s...), aliasing of the passed slice.

package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(prefix string, xs ...interface{}) string {
	return fmt.Sprint(prefix, len(xs), xs == nil, xs)
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	zero(s...)
	fmt.Println(s)
	t := []int{1, 2}
	zero(t[0], t[1])
	fmt.Println(t)
	fmt.Println(info("a"))
	fmt.Println(info("b", 1, "x", nil))
	is := []interface{}{1, 2}
	fmt.Println(info("c", is...))
	fmt.Println(info("d", is))
	f := fmt.Sprintln
	fmt.Print(f("via", "value", 3))
}
