// errorcheck

// range with three iteration variables stops gorun's checking.

package main

func main() {
	n := 5
	_ = n
	m := map[string]int{}
	for k, v, w := range m { // ERROR "range clause permits at most two iteration variables"
		_, _, _ = k, v, w // ERROR "undefined: w"
	}
	var p *int
	for range p { // ERROR "cannot range over p"
	}
}
