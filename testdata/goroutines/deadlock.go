// run
// exit 2

// The only goroutine waits forever: "fatal error: all goroutines are
// asleep - deadlock!" and the goroutine list, exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("unreachable")
}
