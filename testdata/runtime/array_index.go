// run
// exit 2
// stderr "panic: runtime error: index out of range \[-1\]"

// A run-time index into an array is checked too, and so is a negative
// index held in a variable.

package main

import "fmt"

func main() {
	var arr [4]int
	idx := []int{0, 3, -1}
	for _, i := range idx {
		arr[i] = i + 1
		fmt.Println("set", i, arr)
	}
	fmt.Println("unreachable")
}
