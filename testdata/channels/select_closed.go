// run

// A closed channel is always ready to receive in a select (zero value,
// ok false); blocked selects are woken by close.

package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(done)
	}()
	select {
	case v := <-data:
		fmt.Println("data", v)
	case _, ok := <-done:
		fmt.Println("done", ok)
	}
	// Still ready, every time.
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			fmt.Println("closed is ready")
		default:
			fmt.Println("impossible")
		}
	}

	// Many goroutines blocked in select, all woken by one close.
	quit := make(chan bool)
	res := make(chan int)
	for i := 0; i < 20; i++ {
		go func(id int) {
			never := make(chan int)
			select {
			case <-quit:
				res <- 1
			case <-never:
			}
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	close(quit)
	total := 0
	for i := 0; i < 20; i++ {
		total += <-res
	}
	fmt.Println("woken", total)
}
