// Parked goroutines: 200,000 goroutines all blocked at once (peak RSS
// per goroutine is the figure of interest), then released and joined.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 200000
	var ready, release, done sync.WaitGroup
	release.Add(1)
	sum := 0
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		ready.Add(1)
		done.Add(1)
		go func(k int) {
			ready.Done()
			release.Wait()
			mu.Lock()
			sum += k
			mu.Unlock()
			done.Done()
		}(i)
	}
	ready.Wait()
	release.Done()
	done.Wait()
	fmt.Println(sum)
}
