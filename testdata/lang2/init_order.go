// run

// Package-level vars initialise in dependency order; init functions run in order.

package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(a, b, c, d)

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var tbl = map[string]int{"k": d * 2}

func init() {
	fmt.Println("init 1:", a, b, c, total)
	d = 100
}

func init() {
	fmt.Println("init 2:", d, tbl["k"])
}

func main() {
	fmt.Println("main", a, total, d)
}
