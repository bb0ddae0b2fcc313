// run
// exit 2
// stderr "panic: send on closed channel"

// A sender blocked on a full channel panics when the channel is closed.

package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("closing")
		close(ch)
	}()
	ch <- 1
}
