// run
// exit 2
// stderr "interface conversion: interface \{\} is string, not int"

// Comma-ok assertions never panic; the single-value form does.

package main

import "fmt"

type Namer interface{ Name() string }
type T struct{ n string }

func (t T) Name() string { return t.n }

func main() {
	var i interface{} = T{"tee"}
	if n, ok := i.(Namer); ok {
		fmt.Println("namer", n.Name())
	}
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	t := i.(T)
	fmt.Println(t.n)
	var e interface{}
	_, ok = e.(int)
	fmt.Println("nil assert ok:", ok)
	var x interface{} = "str"
	defer fmt.Println("deferred runs")
	fmt.Println(x.(int))
}
