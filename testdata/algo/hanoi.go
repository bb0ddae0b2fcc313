// run

// Towers of Hanoi: the moves for 3 discs, and move counts for more.

package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string, print bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, print)
	moves++
	if print {
		fmt.Printf("move disc %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, print)
}

func main() {
	hanoi(3, "A", "C", "B", true)
	fmt.Println("moves:", moves)
	for n := 1; n <= 20; n += 4 {
		moves = 0
		hanoi(n, "A", "C", "B", false)
		fmt.Println(n, "discs:", moves, "moves", moves == 1<<n-1)
	}
}
