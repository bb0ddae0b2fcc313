// Benchmark: binary-trees (the Computer Language Benchmarks Game), depth
// 21: allocation-heavy, a long-lived tree beside many short-lived ones.
// The figure that matters is the collector's: time, peak RSS and the GC
// pauses (GODEBUG=gctrace=1) beside Go's.
package main

import "fmt"

type Node struct{ left, right *Node }

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func check(n *Node) int {
	if n.left == nil {
		return 1
	}
	return 1 + check(n.left) + check(n.right)
}

func main() {
	const minDepth = 4
	const maxDepth = 21
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch)))
	long := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		sum := 0
		for i := 0; i < iters; i++ {
			sum += check(bottomUp(d))
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, sum)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, check(long))
}
