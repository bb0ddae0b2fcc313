// run
// exit 2
// stderr "^fatal error: sync: unlock of unlocked mutex"

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
