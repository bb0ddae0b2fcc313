// run

// Methods with value and pointer receivers: which receivers see changes,
// automatic address-taking and dereference, method values and method
// expressions.

package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int    { return c.n }
func (c Counter) IncValue()   { c.n++ } // modifies a copy
func (c *Counter) Inc()       { c.n++ }
func (c *Counter) Add(k int)  { c.n += k }
func (c Counter) Label() string { return c.name + fmt.Sprint(":", c.n) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r *Rect) Scale(f float64)    { r.W *= f; r.H *= f }
func (r Rect) Scaled(f float64) Rect { r.Scale(f); return r }

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc() // (&c).Inc()
	c.Add(5)
	fmt.Println(c.Get(), c.Label())

	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n) // (*p).Get()

	// Method values bind the receiver when evaluated.
	get := c.Get // copies c now
	inc := c.Inc // binds &c
	inc()
	inc()
	fmt.Println(get(), c.Get())

	// Method expressions take the receiver as the first argument.
	getE := Counter.Get
	incE := (*Counter).Inc
	incE(&c)
	fmt.Println(getE(c), (*Counter).Get(&c))

	r := Rect{2, 3}
	fmt.Println(r.Area())
	s := r.Scaled(2)
	fmt.Println(r, s, s.Area())
	r.Scale(10)
	fmt.Println(r, r.Area())

	// Methods on slice elements and struct fields are addressable.
	rs := []Rect{{1, 1}, {2, 2}}
	rs[1].Scale(3)
	fmt.Println(rs)
	type Holder struct{ R Rect }
	h := Holder{Rect{1, 2}}
	h.R.Scale(0.5)
	fmt.Println(h)

	// A slice of method values.
	var fns []func()
	for i := 0; i < 3; i++ {
		fns = append(fns, c.Inc)
	}
	for _, f := range fns {
		f()
	}
	fmt.Println(c.n)
}
