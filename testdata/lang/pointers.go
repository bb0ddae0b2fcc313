// run

// Pointers: address-of, dereference, new, pointers to struct fields and
// array elements, pointer equality, and nil pointers.

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func incr(p *int) { *p++ }

func newInt(v int) *int {
	x := v // escapes to the heap
	return &x
}

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	incr(&x)
	incr(p)
	fmt.Println(x)

	q := new(int)
	fmt.Println(*q)
	*q = 5
	r := q
	*r += 1
	fmt.Println(*q, q == r)

	a, b := newInt(1), newInt(1)
	fmt.Println(*a == *b, a == b)

	// Pointer to a struct: automatic dereference for fields.
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{3, nil}
	for cur := n; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()

	// Pointer to a field and to an array element.
	pv := &n.Next.Val
	*pv = 200
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe *= 7
	fmt.Println(n.Next.Val, arr)

	// Pointer to pointer.
	pp := &p
	**pp = 99
	fmt.Println(x)

	var nilp *Node
	fmt.Println(nilp == nil, nilp)

	// new of a composite type.
	s := new([]int)
	*s = append(*s, 1, 2)
	st := new(Node)
	st.Val = 4
	fmt.Println(*s, *st, st.Next == nil)

	// Pointers in a slice all refer to the loop's target elements.
	vals := []int{1, 2, 3}
	var ptrs []*int
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	for _, pt := range ptrs {
		*pt *= 10
	}
	fmt.Println(vals)
}
