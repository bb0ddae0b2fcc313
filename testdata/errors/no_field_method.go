// errorcheck

// Selecting a field or method that does not exist.

package main

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	_ = p.Z      // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	_ = p.sum() // ERROR "p.sum undefined \(type Point has no field or method sum, but does have (method )?Sum\)"
}
