// run

// copy: returns the number of elements copied (the shorter length),
// handles overlapping ranges, and copies from strings.

package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// Overlapping: shift right by one.
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	// Shift left by two.
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)

	// Copy from a string.
	b := make([]byte, 5)
	n = copy(b, "hi")
	fmt.Println(n, b)

	// Copy with empty and nil slices.
	var none []int
	fmt.Println(copy(none, src), copy(dst, none), copy(dst[:0], src))

	// Insert in the middle with append + copy.
	xs := []string{"a", "b", "d", "e"}
	xs = append(xs, "")
	copy(xs[3:], xs[2:])
	xs[2] = "c"
	fmt.Println(xs)

	// Delete from the middle.
	ys := []int{0, 1, 2, 3, 4, 5}
	i := 2
	ys = ys[:i+copy(ys[i:], ys[i+1:])]
	fmt.Println(ys, len(ys), cap(ys))

	// A clone is independent.
	orig := []float64{1.5, 2.5}
	clone := make([]float64, len(orig))
	copy(clone, orig)
	clone[0] = 9
	fmt.Println(orig, clone)
}
