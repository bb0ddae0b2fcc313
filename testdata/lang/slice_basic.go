// run

// Slices: make with len and cap, indexing, len/cap after reslicing,
// sharing of the backing array.

package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s[0], s[1], s[2] = 1, 2, 3

	t := s[1:]
	fmt.Println(t, len(t), cap(t))
	t[0] = 20
	fmt.Println(s, t)

	u := s[:cap(s)]
	fmt.Println(u, len(u), cap(u))

	w := s[2:5]
	fmt.Println(w, len(w), cap(w))

	lit := []string{"a", "b", "c", "d"}
	fmt.Println(lit, len(lit), cap(lit))
	fmt.Println(lit[1:3], lit[:0], lit[4:], len(lit[4:]))

	// Slicing an array.
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 200
	fmt.Println(arr, sl, len(sl), cap(sl))

	// make with only a length.
	z := make([]float64, 4)
	fmt.Println(z, len(z), cap(z))

	// Passing a slice shares the array.
	fill := func(x []int, v int) {
		for i := range x {
			x[i] = v
		}
	}
	fill(u[5:], 7)
	fmt.Println(u)

	// Index keys in slice literals.
	k := []int{5: 1, 2, 0: 9}
	fmt.Println(k, len(k))

	// Sum with range.
	total := 0
	for _, v := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} {
		total += v
	}
	fmt.Println("sum", total)
}
