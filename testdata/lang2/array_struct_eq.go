// run

// Arrays and structs compare element- and field-wise; usable as map keys.

package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	A, B Point
	Name string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	c := a
	c[2] = 4
	fmt.Println(a == b, a == c, a != c)
	l1 := Line{Point{0, 0}, Point{1, 1}, "diag"}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.B.Y = 2
	fmt.Println(l1 == l2, l1.B == Point{1, 1})
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][1] = "d"
	fmt.Println(grid == g2)
	seen := map[[2]Point]bool{}
	seen[[2]Point{{1, 2}, {3, 4}}] = true
	fmt.Println(seen[[2]Point{{1, 2}, {3, 4}}], seen[[2]Point{}])
	fa := [2]float64{0.1 + 0.2, 1}
	fmt.Println(fa == [2]float64{0.3, 1})
	type WithIface struct{ V interface{} }
	fmt.Println(WithIface{1} == WithIface{1}, WithIface{"a"} == WithIface{1})
	var z Line
	fmt.Println(z == Line{}, z)
}
