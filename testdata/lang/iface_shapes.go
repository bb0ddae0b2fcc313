// run

package main

import "fmt"

type Describer interface{ Describe() string }

type Big struct {
	a, b, c, d, e, f, g, h int
	name            string
}

func (b Big) Describe() string { return fmt.Sprint(b.name, b.a+b.h) }

type Arr [3]int

func (a Arr) Describe() string { return fmt.Sprint("arr", a[0]+a[1]+a[2]) }

type Fn func() string

func (f Fn) Describe() string { return "fn:" + f() }

type Box struct{ p *int }

func (b Box) Describe() string { return fmt.Sprint("box", *b.p) }

type One [1]*int

func (o One) Describe() string { return fmt.Sprint("one", *o[0]) }

type Ch chan int

func (c Ch) Describe() string { return fmt.Sprint("chan cap ", cap(c)) }

type Small struct{ x int8 }

func (s *Small) Describe() string { s.x++; return fmt.Sprint("small", s.x) }

type B bool

func (b B) Describe() string {
	if b {
		return "yes"
	}
	return "no"
}

type F32 float32

func (f F32) Describe() string { return fmt.Sprint(float32(f) * 2) }

type Str string

func (s Str) Describe() string { return "str:" + string(s) }

func main() {
	n := 7
	sm := &Small{}
	ds := []Describer{
		Big{a: 1, h: 2, name: "big"}, Arr{1, 2, 3}, Fn(func() string { return "called" }),
		Box{&n}, One{&n}, make(Ch, 4), sm, sm, B(true), B(false), F32(1.25), Str("s"),
		&Big{name: "pbig"}, &Arr{4}, &n2,
	}
	for _, d := range ds {
		fmt.Println(d.Describe())
	}
	var x any = Box{&n}
	if d, ok := x.(Describer); ok {
		n = 8
		fmt.Println(d.Describe())
	}
	b := x.(Box)
	fmt.Println(*b.p)
	fmt.Println(ds[0] == Big{a: 1, h: 2, name: "big"}, ds[1] == Arr{1, 2, 3}, ds[8] == B(true))
}

var n2 = Str("ptr")
