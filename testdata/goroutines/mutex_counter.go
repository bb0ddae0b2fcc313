// run

// 100,000 goroutines add to a Mutex-guarded counter and are joined with a
// WaitGroup (the seed's SafeCounter, without defer).
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu    sync.Mutex
	count int
}

func (c *SafeCounter) Increment() {
	c.mu.Lock()
	c.count++
	c.mu.Unlock()
}

func (c *SafeCounter) Value() int {
	c.mu.Lock()
	v := c.count
	c.mu.Unlock()
	return v
}

func main() {
	counter := SafeCounter{}
	var wg sync.WaitGroup

	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func() {
			counter.Increment()
			wg.Done()
		}()
	}

	wg.Wait()
	fmt.Println("Final count:", counter.Value())

	// The same with a pointer to the counter and a method value call.
	pc := &SafeCounter{}
	var wg2 sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg2.Add(1)
		go func(n int) {
			for j := 0; j < n; j++ {
				pc.Increment()
			}
			wg2.Done()
		}(i % 10)
	}
	wg2.Wait()
	fmt.Println("Second count:", pc.Value())
}
