// run

// nil slices: zero value, comparable with nil, usable with len, cap,
// range and append; empty non-nil slices are different from nil.

package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s == nil, s)

	e := []int{}
	fmt.Println(e == nil, len(e), e)
	m := make([]int, 0)
	fmt.Println(m == nil)

	var n []string
	fmt.Printf("%v %d %q\n", n, len(n), n)
	n = n[:0]
	fmt.Println(n == nil)

	// Slicing nil gives nil.
	var p []int
	q := p[0:0]
	fmt.Println(q == nil)

	// A function returning nil slices.
	evens := func(xs []int) []int {
		var out []int
		for _, x := range xs {
			if x%2 == 0 {
				out = append(out, x)
			}
		}
		return out
	}
	fmt.Println(evens([]int{1, 3}) == nil, evens([]int{1, 2, 4}))
}
