// errorcheck

// range needs a rangeable operand and the right number of variables.

package main

func main() {
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	f := 2.5
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
	var p *int
	for range p { // ERROR "cannot range over p"
	}
}
