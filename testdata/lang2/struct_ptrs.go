// run

// Pointers to structs, linked list, new, &T{}, printing pointers to structs.

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func (n *Node) String() string {
	s := "["
	for p := n; p != nil; p = p.Next {
		if p != n {
			s += " "
		}
		s += fmt.Sprint(p.Val)
	}
	return s + "]"
}

func reverse(n *Node) *Node {
	var prev *Node
	for n != nil {
		n, n.Next, prev = n.Next, prev, n
	}
	return prev
}

type Pair struct{ A, B int }

func main() {
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i)
	}
	fmt.Println(head)
	head = reverse(head)
	fmt.Println(head)
	p := new(Pair)
	p.A = 3
	q := &Pair{B: 4}
	fmt.Println(*p, *q)
	fmt.Printf("%v %+v\n", p, q)
	pp := &p
	(*pp).B = 9
	fmt.Println(p.B, (**pp).A)
	x := 5
	px := &x
	ppx := &px
	**ppx = 6
	fmt.Println(x, *px == x)
}
