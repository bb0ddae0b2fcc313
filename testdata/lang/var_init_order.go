// run

// Package-level variables are initialised in dependency order, not in
// source order; functions referenced by initialisers count as dependencies.

package main

import "fmt"

var (
	a = c + b // 1 + 2 + 1 = ... computed after b and c
	b = f()
	c = f()
	d = 3
)

var counter int

func f() int {
	counter++
	d++ // d is initialised before f is first called
	return d
}

var total = sum(values)
var values = []int{1, 2, 3, 4}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var msg = greeting + ", " + name
var greeting = "hello"
var name = upper(raw)
var raw = "gopher"

func upper(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

var x1, x2 = pair()

func pair() (int, int) { return 100, 200 }

var trace = log("trace")
var first = log("first")

var logged []string

func log(s string) string {
	logged = append(logged, s)
	return s
}

func main() {
	fmt.Println(a, b, c, d, counter)
	fmt.Println(total, values)
	fmt.Println(msg)
	fmt.Println(x1, x2)
	fmt.Println(trace, first, logged)
}
