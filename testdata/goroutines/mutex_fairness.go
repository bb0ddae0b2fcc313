// run

// sync.Mutex starvation mode (Go's TestMutexFairness). One goroutine
// holds the mutex almost all the time: it sleeps 100µs with it locked,
// unlocks and at once locks again. In normal mode the woken waiter always
// loses that race (the holder is running, the waiter still has to be
// scheduled), so without starvation mode the second goroutine never gets
// the mutex. With it, a waiter blocked for more than 1ms switches the
// mutex to handing ownership directly to the first waiter, and the
// second goroutine gets its ten locks in a few tens of milliseconds.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	stop := make(chan bool)
	go func() {
		for {
			mu.Lock()
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	done := make(chan int, 1)
	go func() {
		n := 0
		for i := 0; i < 10; i++ {
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			n++
			mu.Unlock()
		}
		done <- n
	}()
	select {
	case n := <-done:
		fmt.Println("acquired", n, "times")
	case <-time.After(10 * time.Second):
		fmt.Println("can't acquire Mutex in 10 seconds")
	}
	close(stop)
}
