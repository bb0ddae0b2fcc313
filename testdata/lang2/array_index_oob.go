// run
// exit 2
// stderr "panic: runtime error: index out of range \[5\] with length 5"
// stderr "goroutine 1 \[running\]"

// Indexing an array with a variable out of range panics after earlier output.

package main

import "fmt"

func get(a [5]int, i int) int { return a[i] }

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	for i := 0; i <= 5; i++ {
		fmt.Println(get(a, i))
	}
}
