// Worker pool: 8 workers take 2M small jobs from a buffered channel and
// send results to another; a WaitGroup closes the results.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 2000000
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			for j := range jobs {
				results <- j * 2
			}
			wg.Done()
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
}
