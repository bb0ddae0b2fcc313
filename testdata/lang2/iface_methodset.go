// run

// Pointer types have both value and pointer methods; values only value methods.

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Getter
	Inc()
}

func main() {
	c := Counter{5}
	var g Getter = c
	var gp Getter = &c
	var i Incer = &c
	i.Inc()
	i.Inc()
	fmt.Println(g.Get(), gp.Get(), i.Get(), c.n)
	c.Inc() // addressable: auto &
	fmt.Println(c.Get(), gp.Get(), g.Get())
	var x interface{} = c
	_, ok := x.(Incer)
	fmt.Println(ok)
	x = &c
	_, ok = x.(Incer)
	fmt.Println(ok)
}
