// run

// Deep recursion grows the stack; mutual recursion; recursive closures.

package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type tree struct {
	l, r *tree
	v    int
}

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d - 1), build(d - 1), d}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.l.sum() + t.r.sum()
}

func main() {
	fmt.Println(depth(200000))
	fmt.Println(isEven(100001), isOdd(77777))
	fmt.Println(build(16).sum())
	var count func(n int) int
	count = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + count(n-1)
	}
	fmt.Println(count(100000))
}
