// run

// Binary search: exact lookup, lower bound, and integer square roots.

package main

import "fmt"

func search(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func lowerBound(xs []int, target int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n && mid <= 1<<32-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	xs := []int{}
	for i := 0; i < 50; i++ {
		xs = append(xs, i*3)
	}
	for _, t := range []int{0, 3, 75, 147, 148, -1, 2} {
		fmt.Println("search", t, search(xs, t))
	}
	dup := []int{1, 2, 2, 2, 5, 7, 7, 9}
	for _, t := range []int{0, 2, 3, 7, 9, 10} {
		fmt.Println("lowerBound", t, lowerBound(dup, t))
	}
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 18446744073709551615} {
		fmt.Println("isqrt", n, isqrt(n))
	}
}
