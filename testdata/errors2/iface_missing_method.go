// errorcheck

// A type lacking a method does not implement the interface.

package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2} // ERROR "Sq does not implement Shape \(missing method Perimeter\)|missing Perimeter method"
	_ = s
}
