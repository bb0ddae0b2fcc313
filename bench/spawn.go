// Goroutine creation: 1,000,000 `go` statements, each goroutine adding to
// a WaitGroup-joined counter.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	const n = 1000000
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(k int) {
			mu.Lock()
			total += k & 1
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
