// run

// Composite literals with elided types: slices of structs, arrays of
// arrays, slices of pointers (&T elided), and nested mixed literals.

package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
}

type Polygon struct {
	Name   string
	Points []Point
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(pts)

	ptrs := []*Point{{1, 1}, {2, 2}}
	ptrs[0].X = 10
	fmt.Println(*ptrs[0], *ptrs[1], len(ptrs))

	lines := [2]Line{{Point{0, 0}, Point{1, 1}}, {From: Point{2, 2}, To: Point{3, 3}}}
	fmt.Println(lines)
	fmt.Printf("%+v\n", lines[1])

	shapes := []Polygon{
		{"triangle", []Point{{0, 0}, {1, 0}, {0, 1}}},
		{Name: "empty"},
		{
			Name:   "square",
			Points: []Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}},
		},
	}
	for _, s := range shapes {
		fmt.Println(s.Name, len(s.Points), s.Points)
	}

	matrix := [][2][2]int{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	fmt.Println(matrix, matrix[1][0][1])

	arrOfPtrs := [...]*Line{{To: Point{9, 9}}}
	fmt.Println(arrOfPtrs[0].To.X, len(arrOfPtrs))

	// Address of a composite literal.
	p := &Point{7, 8}
	p.Y++
	fmt.Println(*p, p.X)
	pl := &Polygon{Points: []Point{{1, 2}}}
	fmt.Println(pl.Points[0].Y)
	fmt.Printf("%v %+v\n", p, pl)
}
