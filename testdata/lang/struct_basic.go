// run

// Structs: literals (keyed and positional), zero values, field access and
// assignment, copying semantics, structs in slices.

package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Email   string
	Scores  []int
	Address struct {
		City string
		Zip  int
	}
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	var p Point
	fmt.Println(p, p.X, p.Y)
	p = Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q)

	r := move(p, 10)
	fmt.Println(p, r)

	var per Person
	per.Name = "Ada"
	per.Age = 36
	per.Address.City = "London"
	per.Scores = append(per.Scores, 90, 85)
	fmt.Println(per)
	fmt.Printf("%+v\n", per)

	// Copying a struct copies its fields, but a slice field still shares.
	clone := per
	clone.Name = "Grace"
	clone.Scores[0] = 100
	fmt.Println(per.Name, clone.Name, per.Scores, clone.Scores)

	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	for i := range pts {
		pts[i].Y *= 10
	}
	for _, pt := range pts {
		pt.X = 0 // a copy: no effect on pts
	}
	fmt.Println(pts)

	// Empty struct.
	type Empty struct{}
	var e Empty
	fmt.Println(e, Empty{} == e)

	// Struct with all basic kinds.
	type All struct {
		B   bool
		I   int
		U8  uint8
		F   float64
		S   string
		Arr [2]int
	}
	fmt.Printf("%v\n%+v\n", All{}, All{true, -1, 255, 2.5, "s", [2]int{1, 2}})
}
