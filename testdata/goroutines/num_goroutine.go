// run

// runtime.NumGoroutine counts live goroutines (the seed's example).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("Goroutines:", runtime.NumGoroutine()) // 1

	for i := 0; i < 10; i++ {
		go func() {
			time.Sleep(time.Second)
		}()
	}

	fmt.Println("Goroutines:", runtime.NumGoroutine()) // 11
}
