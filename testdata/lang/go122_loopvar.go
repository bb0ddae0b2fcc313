// run
// go1.22

// Per-iteration loop variables (Go 1.22): each iteration of a for loop
// has its own copy of variables declared by the loop, so closures and
// pointers captured in different iterations see different variables.
//
// Golden written by hand. Go 1.19 would print "3 3 3" for the closures,
// "3 3 3" for the pointers and "c c c" for the range closures, because
// the variable was shared; Go 1.22 prints "0 1 2", "0 1 2" and "a b c".
// In the three-clause loop the copy is taken before the post statement,
// so an increment inside the body carries over to the next iteration:
// the loop below visits i = 0, 2, 4 and the closures print "1 3 5".

package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var names []func() string
	for _, s := range []string{"a", "b", "c"} {
		names = append(names, func() string { return s })
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var bumped []func() int
	for i := 0; i < 5; i++ {
		i++
		bumped = append(bumped, func() int { return i })
	}
	for _, f := range bumped {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
