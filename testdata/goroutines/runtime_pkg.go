// run

// The runtime package: GOMAXPROCS, NumCPU, NumGoroutine, Gosched, Goexit.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumCPU() > 0)
	old := runtime.GOMAXPROCS(3)
	fmt.Println(old > 0, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	fmt.Println(runtime.GOMAXPROCS(0))

	// With one P, Gosched lets the other goroutine run (the exact
	// alternation depends on the global queue's fairness tick).
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	wg.Add(1)
	go func() {
		for i := 0; i < 3; i++ {
			mu.Lock()
			log = append(log, "goroutine")
			mu.Unlock()
			runtime.Gosched()
		}
		wg.Done()
	}()
	for i := 0; i < 3; i++ {
		mu.Lock()
		log = append(log, "main")
		mu.Unlock()
		runtime.Gosched()
	}
	wg.Wait()
	nm, ng := 0, 0
	for _, s := range log {
		if s == "main" {
			nm++
		} else {
			ng++
		}
	}
	fmt.Println(len(log), nm, ng)

	// Goexit ends only the goroutine that calls it.
	wg.Add(1)
	go func() {
		wg.Done()
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	runtime.GOMAXPROCS(2)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
