// run

// Parallel marking: goroutines build and check trees while the collector
// marks, and main replaces subtrees of a long-lived tree, so that mark
// assists (goroutines that allocate past the goal) and, in the pause, the
// helper threads share the collector's grey objects. A lost mark frees a
// live node, which a later build reuses: the sums then differ.

package main

import (
	"fmt"
	"sync"
)

type Node struct {
	left, right *Node
	v           int
}

func build(depth, v int) *Node {
	if depth == 0 {
		return &Node{v: v}
	}
	return &Node{build(depth-1, 2*v), build(depth-1, 2*v+1), v}
}

func sum(n *Node) int {
	if n.left == nil {
		return n.v
	}
	return n.v + sum(n.left) + sum(n.right)
}

const longDepth = 16

func main() {
	long := build(longDepth, 1)
	want := sum(long)
	results := make([]int, 4)
	var wg sync.WaitGroup
	for g := range results {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				results[g] += sum(build(13, g+1))
			}
		}(g)
	}
	// Each replacement writes a pointer into an old, marked node: its
	// page is rescanned in the pause, with the new subtree behind it.
	for i := 0; i < 300; i++ {
		p := long
		for j := 0; j < 6; j++ {
			if i>>j&1 == 0 {
				p = p.left
			} else {
				p = p.right
			}
		}
		p.left = build(longDepth-7, 2*p.v)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(sum(long) == want)
}
