// run

// Deleting during range is safe; deleted entries not yet reached are not produced.

package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	fmt.Println(n, len(m))
	delete(m, 12345)
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(nm["x"], len(nm), nm == nil)
	for range nm {
		fmt.Println("never")
	}
	big := map[string]int{}
	for i := 0; i < 5000; i++ {
		big[fmt.Sprint("k", i)] = i
	}
	for i := 0; i < 5000; i += 3 {
		delete(big, fmt.Sprint("k", i))
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	ks := make([]string, 0, len(big))
	for k := range big {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(len(big), sum, ks[:3], ks[len(ks)-2:])
}
