// run
// go1.22

// The clear builtin (Go 1.21) on slices zeroes every element up to len
// (not beyond, not cap); the length is unchanged.
//
// Golden written by hand (Go 1.19 lacks clear). Go 1.22 prints:
//   after clear(s[1:3]) of [1 2 3 4 5]: [1 0 0 4 5] (len 5);
//   clear of a []string: ["" "" ""] printed with %q, len 3;
//   clear on s[:2] of a slice with cap 4 leaves the elements between
//   len and cap alone: the full view s[:4] prints [0 0 7 8];
//   clear of a nil slice is a no-op: "[] true";
//   a []struct{ A int; B string } cleared: [{0 } {0 }].

package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	fmt.Println(s, len(s))

	strs := []string{"x", "y", "z"}
	clear(strs)
	fmt.Printf("%q %d\n", strs, len(strs))

	t := []int{5, 6, 7, 8}
	u := t[:2]
	clear(u)
	fmt.Println(t[:4])

	var n []int
	clear(n)
	fmt.Println(n, n == nil)

	type P struct {
		A int
		B string
	}
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Println(ps)
}
