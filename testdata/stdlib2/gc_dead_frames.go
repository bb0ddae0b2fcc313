// run

// A map that only a returned function's frame referenced is garbage: the
// collector scans the stack of the goroutine that calls runtime.GC from
// its stack pointer up, not the dead frames below it, where the map's
// address may still lie.
package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func build(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += m[i*7]
	}
	return sum
}

func main() {
	var ms runtime.MemStats
	for round := 0; round < 3; round++ {
		sum := build(200000)
		runtime.GC()
		runtime.ReadMemStats(&ms)
		// The map's buckets alone are 4.7 MB.
		fmt.Println(round, sum, ms.HeapAlloc < 1<<20)
	}
}
