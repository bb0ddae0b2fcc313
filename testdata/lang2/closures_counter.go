// run

// Closures capture variables by reference; each call of a factory gets fresh state.

package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	inc, reset := counter()
	inc2, _ := counter()
	fmt.Println(inc(), inc(), inc2())
	reset()
	fmt.Println(inc())
	x := 1
	addX := func(y int) int { return x + y }
	x = 10
	fmt.Println(addX(1))
	f := compose(func(i int) int { return i * 2 }, func(i int) int { return i + 3 }, addX)
	fmt.Println(f(5))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
