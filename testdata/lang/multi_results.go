// run

// Multiple results, named results with bare returns, passing a multi-value
// call straight to another function, and the blank identifier.

package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func stats(xs []int) (min, max, sum int) {
	if len(xs) == 0 {
		return // all zero
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func named() (x int, s string) {
	x = 5
	s = "five"
	x *= 2
	return x, s + "!" // explicit values override the names
}

func parse(s string) (n int, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

func add(a, b int) int { return a + b }

func pair() (int, int) { return 3, 4 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))

	lo, hi, total := stats([]int{4, -2, 9, 7})
	fmt.Println(lo, hi, total)
	fmt.Println(stats(nil))

	a, b := swap("first", "second")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)

	fmt.Println(named())

	for _, s := range []string{"123", "12a", "", "007"} {
		n, ok := parse(s)
		fmt.Println(s, n, ok)
	}

	_, rem := divmod(100, 7)
	fmt.Println(rem)

	// f(g()) with a multi-value g.
	fmt.Println(add(pair()))

	// Parallel assignment evaluates the right side first.
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 2, 9 // arr[0] is assigned: the index is evaluated first
	fmt.Println(i, arr)
}
