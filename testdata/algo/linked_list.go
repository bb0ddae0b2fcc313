// run

// A singly linked list with pointers: push, reverse in place, remove,
// merge two sorted lists, and find the middle with two pointers.

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) PushFront(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.Head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l List) String() string {
	s := "["
	for n := l.Head; n != nil; n = n.Next {
		if n != l.Head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func merge(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func middle(h *Node) *Node {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.Len)
	l.Reverse()
	fmt.Println(l.String())
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(0))
	fmt.Println(l.String(), l.Len)
	fmt.Println("middle:", middle(l.Head).Val)

	var a, b List
	for _, v := range []int{1, 4, 6, 9} {
		a.PushBack(v)
	}
	for _, v := range []int{2, 3, 7, 10, 11} {
		b.PushBack(v)
	}
	m := List{merge(a.Head, b.Head), a.Len + b.Len}
	fmt.Println(m.String(), m.Len, "middle:", middle(m.Head).Val)
}
