// run

// Ranging over a map while inserting into it: the table grows under the
// iteration, which keeps walking the table it started with, and every key
// present when the loop began and not deleted is produced exactly once
// (keys added meanwhile may or may not be). With int keys and elements
// the buckets hold no pointers, so the iteration alone keeps the old
// table's overflow buckets alive; the allocations below give the
// collector reasons to run (and it runs at every allocation under
// GORUN_STRESS_GC).
package main

import "fmt"

func main() {
	m := make(map[int]int)
	const n = 20000
	for i := 0; i < n; i++ {
		m[i] = i * 2
	}
	seen := make(map[int]int)
	var junk [][]byte
	added := 0
	for k, v := range m {
		if k < n {
			seen[k]++
			if v != k*2 {
				fmt.Println("wrong element", k, v)
			}
		}
		if added < 3*n {
			for j := 0; j < 3; j++ {
				m[n+added] = -1
				added++
			}
			junk = append(junk, make([]byte, 512))
			if len(junk) > 64 {
				junk = junk[:0]
			}
		}
	}
	once := 0
	for k := 0; k < n; k++ {
		if seen[k] == 1 {
			once++
		}
	}
	fmt.Println("original keys seen once:", once, "of", n)
	fmt.Println("len:", len(m))
}
