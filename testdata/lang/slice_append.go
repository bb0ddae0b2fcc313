// run

// append: growth of capacity (Go's growth policy and size classes),
// appending many values, appending a slice, and aliasing after append.

package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}

	var b []byte
	prev = -1
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()

	type Triple struct{ a, b, c int64 }
	var ts []Triple
	prev = -1
	for i := 0; i < 100; i++ {
		ts = append(ts, Triple{})
		if cap(ts) != prev {
			fmt.Print(cap(ts), " ")
			prev = cap(ts)
		}
	}
	fmt.Println()

	// Appending several values at once.
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7)
	fmt.Println(x, len(x), cap(x))
	y := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(y, len(y), cap(y))

	// Appending a slice to a slice.
	z := append(x[:2], y...)
	fmt.Println(z, len(z), cap(z))
	var strs []string
	strs = append(strs, []string{"a", "b"}...)
	strs = append(strs)
	fmt.Println(strs, len(strs))

	// Aliasing: append within capacity writes into the shared array.
	base := make([]int, 3, 4)
	a1 := append(base, 1)
	a2 := append(base, 2)
	fmt.Println(a1, a2) // both see 2
	// Beyond capacity, append copies.
	c1 := append(a1, 10)
	c1[0] = 99
	fmt.Println(a1, c1)

	// Appending to a sub-slice overwrites the parent.
	parent := []int{1, 2, 3, 4, 5}
	child := parent[:2]
	child = append(child, 100)
	fmt.Println(parent, child)
}
