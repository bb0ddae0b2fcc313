// run

// init functions run after all package variables are initialised, in the
// order they appear, before main; a file may have several.

package main

import "fmt"

var order []string

var ready = mark("var ready")

func mark(s string) bool {
	order = append(order, s)
	return true
}

func init() {
	order = append(order, "init 1")
	fmt.Println("init 1, ready =", ready)
}

var table [10]int

func init() {
	order = append(order, "init 2")
	for i := range table {
		table[i] = i * i
	}
}

func init() {
	order = append(order, "init 3")
}

func main() {
	order = append(order, "main")
	fmt.Println(order)
	fmt.Println(table)
}
