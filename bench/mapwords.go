// Benchmark: word counting (the map half of the wc task). A deterministic
// stream of 2,000,000 words over a 50,000-word vocabulary is counted in a
// map[string]int (insert, lookup, update), then the counts are summed by
// range and the vocabulary probed again: string hashing and equality,
// bucket growth, iteration.
package main

import "fmt"

func word(n uint32) string {
	var b [8]byte
	i := 0
	for {
		b[i] = byte('a' + n%26)
		n /= 26
		i++
		if n == 0 {
			break
		}
	}
	return string(b[:i])
}

func main() {
	vocab := make([]string, 50000)
	for i := range vocab {
		vocab[i] = word(uint32(i * 7919))
	}
	counts := map[string]int{}
	x := uint32(1)
	for i := 0; i < 2000000; i++ {
		x = x*1664525 + 1013904223
		counts[vocab[(x>>8)%uint32(len(vocab))]]++
	}
	total, distinct := 0, 0
	for _, c := range counts {
		total += c
		distinct++
	}
	hits := 0
	for i := 0; i < 10; i++ {
		for _, w := range vocab {
			if _, ok := counts[w]; ok {
				hits++
			}
		}
	}
	fmt.Println(total, distinct, len(counts), hits)
}
