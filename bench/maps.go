// Benchmark: map-heavy code. Short-lived int maps built, probed and
// thinned out, then a string-keyed map of growing slices: exercises the
// hash map and, through its buckets, the allocator and collector.
package main

import "fmt"

func key(i int) string {
	var b [20]byte
	n := len(b)
	for {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return string(b[n:])
}

func main() {
	total := 0
	for round := 0; round < 20; round++ {
		m := make(map[int]int)
		for i := 0; i < 200000; i++ {
			m[i*7] = i
		}
		for i := 0; i < 400000; i++ {
			if v, ok := m[i]; ok {
				total += v
			}
		}
		for i := 0; i < 200000; i += 2 {
			delete(m, i*7)
		}
		total += len(m)
	}
	s := make(map[string][]int)
	for i := 0; i < 1000000; i++ {
		k := key(i % 50000)
		s[k] = append(s[k], i)
	}
	for k, v := range s {
		total += len(k) + len(v)
	}
	fmt.Println(total)
}
