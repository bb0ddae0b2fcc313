// run
// exit 2
// stderr "panic: runtime error: index out of range \[3\] with length 3"

// Indexing a slice past its length panics with
// "index out of range [5] with length 3" (on stderr) and exit status 2;
// what was printed before stays on stdout.

package main

import "fmt"

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{1, 2, 3}
	for i := 0; i < 6; i++ {
		fmt.Println("xs[", i, "] =", get(xs, i))
	}
	fmt.Println("unreachable")
}
