// run

// Sleeping goroutines wake in the order of their deadlines: timers on
// the Ps' heaps, the idle M sleeping until the earliest one.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var order []int
	for _, ms := range []int{200, 40, 160, 80, 120} {
		wg.Add(1)
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
			wg.Done()
		}(ms)
	}
	wg.Wait()
	fmt.Println(order)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("done")
}
