// run

// Variadic functions: no arguments, several, a spread slice (which is
// shared, not copied), and variadics after fixed parameters.

package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...string) string {
	out := prefix + fmt.Sprint("(", len(vals), ")")
	for _, v := range vals {
		out += " " + v
	}
	return out
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func isNil(xs ...int) bool { return xs == nil }

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(describe("none"), describe("two", "a", "b"))
	words := []string{"x", "y", "z"}
	fmt.Println(describe("spread", words...))

	// The spread slice is passed as is.
	zeroFirst(nums...)
	fmt.Println(nums)
	// Individual arguments build a fresh slice.
	a, b := 5, 6
	zeroFirst(a, b)
	fmt.Println(a, b)

	fmt.Println(isNil(), isNil(nil...), isNil([]int{}...))
	fmt.Println(max(3), max(3, 9, 2), max(-1, -5))

	// Variadic function values.
	f := sum
	fmt.Printf("%T %d\n", f, f(4, 5))

	// Appending through variadic helper.
	appendAll := func(dst []int, srcs ...[]int) []int {
		for _, s := range srcs {
			dst = append(dst, s...)
		}
		return dst
	}
	fmt.Println(appendAll(nil, []int{1}, []int{2, 3}, nil, []int{4}))
}
