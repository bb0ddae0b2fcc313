// run

// A binary search tree: insertion, in-order traversal through a callback,
// height, min/max, lookups and deletion.

package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func deleteKey(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = deleteKey(t.Left, k)
	case k > t.Key:
		t.Right = deleteKey(t.Right, k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key = m.Key
		t.Right = deleteKey(t.Right, m.Key)
	}
	return t
}

func keys(t *Tree) []int {
	var out []int
	t.Walk(func(k int) { out = append(out, k) })
	return out
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = insert(root, k)
	}
	fmt.Println(keys(root), "height", root.Height())
	fmt.Println(root.Contains(45), root.Contains(55))
	root = deleteKey(root, 30)
	root = deleteKey(root, 50)
	root = deleteKey(root, 99)
	fmt.Println(keys(root), "root", root.Key, "height", root.Height())

	// A degenerate tree from sorted input.
	var chain *Tree
	for i := 0; i < 100; i++ {
		chain = insert(chain, i)
	}
	sum := 0
	chain.Walk(func(k int) { sum += k })
	fmt.Println("chain height", chain.Height(), "sum", sum)
}
