// run

// runtime.Goexit runs the goroutine's deferred calls, innermost first, and
// recover returns nil in them; the goroutine then ends.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- fmt.Sprint("recover: ", recover()) }()
	defer func() { out <- "second defer" }()
	func() {
		defer func() { out <- "inner defer" }()
		runtime.Goexit()
	}()
	out <- "not reached"
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go worker(&wg, out)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
