// run
// exit 2

// Goroutines blocked on a Mutex nobody unlocks, and main on a WaitGroup.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			wg.Done()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("all blocked")
	wg.Wait()
}
