// run

// Method values bind the receiver at evaluation; method expressions take it as arg.

package main

import "fmt"

type T struct{ name string }

func (t T) Hello(greet string) string { return greet + ", " + t.name }
func (t *T) Rename(n string)          { t.name = n }

func main() {
	t := T{"ann"}
	f := t.Hello // copies t now
	g := (&t).Rename
	g("bob")
	fmt.Println(f("hi"), t.Hello("yo"))
	h := T.Hello
	fmt.Println(h(T{"cy"}, "hey"))
	r := (*T).Rename
	r(&t, "dee")
	fmt.Println(t.name)
	hp := (*T).Hello
	fmt.Println(hp(&t, "bye"))
	fs := []func(string) string{t.Hello, T{"ed"}.Hello}
	t.name = "zed"
	for _, fn := range fs {
		fmt.Println(fn("ok"))
	}
	fmt.Printf("%T\n", h)
	fmt.Printf("%T\n", r)
}
