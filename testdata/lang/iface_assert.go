// run

package main

import "fmt"

type Stringer interface{ String() string }
type Greeter interface{ Greet() string }
type Both interface {
	Stringer
	Greeter
}

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }
func (t *T) Greet() string { return "hello from T" }

type U int

func (u U) String() string { return "U!" }

func main() {
	var x interface{} = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(x.(int) + 1)

	var a any = T{5}
	st, ok := a.(Stringer)
	fmt.Println(st.String(), ok)
	_, ok = a.(Greeter)
	fmt.Println("T is Greeter:", ok)
	a = &T{6}
	g, ok := a.(Greeter)
	fmt.Println(g.Greet(), ok)
	b, ok := a.(Both)
	fmt.Println(b.String(), b.Greet(), ok)

	var sv Stringer = U(1)
	u, ok := sv.(U)
	fmt.Println(u, ok, int(u))
	_, ok = sv.(Greeter)
	fmt.Println(ok)
	var back any = sv
	fmt.Println(back.(Stringer).String())
	var nilS Stringer
	_, ok = nilS.(U)
	fmt.Println(ok)
	_, ok = nilS.(Stringer)
	fmt.Println(ok)
	var e any
	_, ok = e.(any)
	fmt.Println(ok)

	var p any = &T{1}
	if tp, ok := p.(*T); ok {
		tp.n = 99
		fmt.Println(tp.n, p.(*T).n)
	}
	var str any = [2]string{"a", "b"}
	arr := str.([2]string)
	fmt.Println(arr[1], len(arr))
	var sl any = []int{1, 2, 3}
	fmt.Println(sl.([]int)[2])
	var fn any = func(x int) int { return x * 2 }
	fmt.Println(fn.(func(int) int)(21))
}
