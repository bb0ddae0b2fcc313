// run
// exit 2
// stderr "^panic: send on closed channel"

package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	close(b)
	select {
	case a <- 1:
		fmt.Println("impossible")
	case b <- 1:
		fmt.Println("impossible")
	}
}
