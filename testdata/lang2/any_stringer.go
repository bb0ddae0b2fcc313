// run

// any is interface{}; Stringer is honoured through interfaces and nesting.

package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	var xs []any = []any{Red, Blue, Color(7), 3}
	fmt.Println(xs...)
	fmt.Println(xs)
	fmt.Printf("%v %d %s\n", Green, Green, Green)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	p := Pt{1, 2}
	fmt.Println(p, &p)
	m := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(m)
}
