// run

// Closures in loops with Go 1.19 semantics: capture an explicit copy; defers with closures.

package main

import "fmt"

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		i := i
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, s := range []string{"a", "b"} {
		s := s
		prints = append(prints, func() { fmt.Print(s, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	shared := 0
	incs := make([]func(), 4)
	for i := range incs {
		incs[i] = func() { shared++ }
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(shared)
	func() {
		for i := 0; i < 3; i++ {
			defer func(n int) { fmt.Print("d", n, " ") }(i)
		}
	}()
	fmt.Println()
	acc := func() func(int) []int {
		var hist []int
		return func(x int) []int { hist = append(hist, x); return hist }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
}
