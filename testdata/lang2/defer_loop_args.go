// run

// Defer evaluates the function value and arguments immediately; method receivers too.

package main

import "fmt"

type T struct{ v int }

func (t T) Show()   { fmt.Println("value recv", t.v) }
func (t *T) PShow() { fmt.Println("ptr recv", t.v) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	t := T{1}
	defer t.Show()
	defer t.PShow()
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	t.v = 2
	nested()
	n := 0
	defer func() { fmt.Println("closure sees", n) }()
	n = 3
}
