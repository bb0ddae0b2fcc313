// run

// Collatz sequences: the sequence for 27, and the start below 100000 with
// the longest chain (memoised in a slice).

package main

import "fmt"

func steps(n uint64) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	n := uint64(27)
	peak := n
	seq := []uint64{n}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		seq = append(seq, n)
	}
	fmt.Println("27: steps", len(seq)-1, "peak", peak)
	fmt.Println(seq[:12])

	const limit = 100000
	cache := make([]int, limit)
	best, bestLen := 1, 0
	for start := 2; start < limit; start++ {
		x := uint64(start)
		length := 0
		for x != 1 {
			if x < limit && cache[x] != 0 {
				length += cache[x]
				break
			}
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
			length++
		}
		cache[start] = length
		if length > bestLen {
			best, bestLen = start, length
		}
	}
	fmt.Println("longest below", limit, ":", best, bestLen, steps(uint64(best)) == bestLen)
}
