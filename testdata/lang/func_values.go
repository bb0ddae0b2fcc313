// run

// Functions as values: function types, passing and returning functions,
// nil function values, higher-order helpers.

package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))
	fmt.Println(apply(func(a, b int) int { return a - b }, 3, 4))

	ops := []BinOp{add, mul, func(a, b int) int { return a % b }}
	for i, op := range ops {
		fmt.Println(i, op(17, 5))
	}

	xs := []int{1, 2, 3, 4, 5, 6}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	sum := reduce(ev, 0, add)
	fmt.Println(sq, ev, sum)

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	var nothing func()
	fmt.Println(nothing == nil)
	nothing = func() { fmt.Println("now set") }
	if nothing != nil {
		nothing()
	}

	// Function values in a struct.
	type Handler struct {
		Name string
		Fn   func(string) string
	}
	hs := []Handler{
		{"upper", func(s string) string {
			b := []byte(s)
			for i, c := range b {
				if c >= 'a' && c <= 'z' {
					b[i] = c - 32
				}
			}
			return string(b)
		}},
		{"exclaim", func(s string) string { return s + "!" }},
	}
	for _, h := range hs {
		fmt.Println(h.Name, h.Fn("go"))
	}

	// A function returning several functions.
	fmt.Printf("%T %T\n", add, compose)
}
