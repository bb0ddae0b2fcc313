// run

package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square float64

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (s Square) Area() float64  { return float64(s * s) }
func (s Square) Name() string   { return "square" }

type Named interface{ Name() string }

func describe(s Shape) string {
	return fmt.Sprintf("%s:%v", s.Name(), s.Area())
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square(4), &Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(describe(s))
		total += s.Area()
	}
	fmt.Println("total", total)

	var n Named = shapes[1]
	fmt.Println(n.Name())
	n = Square(2)
	fmt.Println(n.Name())

	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	fmt.Println(s != nil, s.Area())

	// method values and expressions through interfaces
	f := s.Area
	s = Square(10)
	fmt.Println(f(), s.Area())
	g := Shape.Name
	fmt.Println(g(s), g(&Circle{2}))
	h := Named.Name
	fmt.Println(h(Rect{}))

	// interfaces in structs, arrays, maps of slices
	type holder struct {
		s    Shape
		tags [2]Named
	}
	hh := holder{s: Square(3), tags: [2]Named{Rect{}, Square(1)}}
	fmt.Println(hh.s.Area(), hh.tags[0].Name(), hh.tags[1].Name())
	ptrs := []*holder{&hh}
	fmt.Println(ptrs[0].s.Name())
}
