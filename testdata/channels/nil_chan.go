// run
// exit 2
// stderr "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive \(nil chan\)\]:"

// A nil channel blocks forever; in a select its case is never ready.

package main

import "fmt"

func main() {
	var nc chan int
	select {
	case v := <-nc:
		fmt.Println("impossible", v)
	case nc <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels are never ready")
	}
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-nc:
		fmt.Println("impossible", v)
	case v := <-ready:
		fmt.Println("ready", v)
	}
	<-nc
}
