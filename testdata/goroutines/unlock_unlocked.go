// run
// exit 2

// Unlocking an unlocked Mutex is a fatal error, as in Go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("once")
	mu.Unlock()
	fmt.Println("unreachable")
}
