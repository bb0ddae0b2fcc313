// run

// Parallel assignment, swaps, evaluation order of index expressions.

package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	x, y, z := "x", "y", "z"
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	v, ok := m["a"]
	fmt.Println(v, ok, len(m))
	var arr [3]int
	for i := range arr {
		arr[i], arr[len(arr)-1-i] = i, i*10
	}
	fmt.Println(arr)
	p, q := 0, 1
	for n := 0; n < 10; n++ {
		p, q = q, p+q
	}
	fmt.Println(p, q)
}
