// Mutex contention: 8 goroutines increment one counter under a
// sync.Mutex, 1M times each.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const per = 1000000
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < per; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
