// run
// fast tier only

// A map made in a loop's body is garbage once the loop is done, although
// the function goes on: the collector scans stacks conservatively, so
// gorun clears what would keep it: the variable's slot where its block
// ends, and the slots the fast tier's register allocator would have
// spilled the map to (the nil-map check of m[k] = v, len(m)). Code made
// with -O may keep the last map in a register: not checked there.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	total := 0
	for round := 0; round < 3; round++ {
		m := make(map[int]int)
		for i := 0; i < 100000; i++ {
			m[i*7] = i
		}
		total += len(m)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	// Each round's map holds 2.4 MB of buckets.
	fmt.Println(total, ms.HeapAlloc < 1<<20)
}
