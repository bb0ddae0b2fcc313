// run

// Many runtime-call panics recovered in a row, on goroutines with small
// stacks and while other goroutines want the processor: after each, the
// goroutine must be back on its own stack with its own limit (deep
// recursion still grows it) and runtime calls must work as before.

package main

import (
	"fmt"
	"sync"
)

func hashPanics(m map[interface{}]int, k interface{}, n int) (recovered int) {
	for i := 0; i < n; i++ {
		func() {
			defer func() {
				if recover() != nil {
					recovered++
				}
			}()
			m[k] = i
		}()
	}
	return recovered
}

func makePanics(n int) (recovered int) {
	bad := -1
	for i := 0; i < n; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					recovered++
				}
			}()
			_ = make([]byte, bad)
		}()
	}
	return recovered
}

func depth(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%64] - n + 1
}

func main() {
	var k interface{} = []string{"x"}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			m := map[interface{}]int{}
			results[g] = hashPanics(m, k, 2000) + makePanics(2000) + depth(2000)
			m[g] = g
			results[g] += len(m)
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(hashPanics(map[interface{}]int{1: 1}, k, 10), depth(10000))
}
