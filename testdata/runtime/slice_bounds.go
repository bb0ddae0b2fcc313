// run
// exit 2
// stderr "panic: runtime error: slice bounds out of range \[:5\] with capacity 4"

// Slicing beyond the capacity panics with
// "slice bounds out of range [:5] with capacity 4".

package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	for hi := 2; hi <= 5; hi++ {
		t := s[:hi]
		fmt.Println("len", len(t), "cap", cap(t))
	}
	fmt.Println("unreachable")
}
