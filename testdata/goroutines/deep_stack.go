// run

// A goroutine recursing 1,000,000 deep: its stack grows from 2 KiB to
// tens of MB by copying, and pointers into it (the frame chain, a local
// whose address is passed down) are relocated.
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

type pair struct {
	a, b int
}

// sum passes the address of a local down: it must follow the moves.
func sum(n int, acc *pair) int {
	if n == 0 {
		return acc.a + acc.b
	}
	local := pair{acc.a + 1, acc.b + 2}
	return sum(n-1, &local)
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(k int) {
			results[k] = depth(1000000 - k)
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	var total int
	wg.Add(1)
	go func() {
		total = sum(100000, &pair{0, 0})
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(total)
	fmt.Println(depth(1000000))
}
