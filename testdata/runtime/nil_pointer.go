// run
// exit 2
// stderr "panic: runtime error: invalid memory address or nil pointer dereference"

// Dereferencing a nil pointer panics with "invalid memory address or nil
// pointer dereference" ([signal SIGSEGV ...]), exit status 2.

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	list := &Node{1, &Node{2, nil}}
	for n := list; ; n = n.Next {
		fmt.Println("val", n.Val)
	}
}
