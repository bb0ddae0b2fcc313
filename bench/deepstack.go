// Stack growth by copying: goroutines recursing 1,000,000 deep (the stack
// grows from 2 KiB to tens of MB), ten times over.
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	total := 0
	for round := 0; round < 10; round++ {
		var wg sync.WaitGroup
		var r int
		wg.Add(1)
		go func() {
			r = depth(1000000)
			wg.Done()
		}()
		wg.Wait()
		total += r
	}
	fmt.Println(total)
}
