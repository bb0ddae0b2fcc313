// run

// Struct equality compares all fields, including nested structs, arrays
// and strings; structs can be compared directly in conditions.

package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In   Inner
	Tags [2]string
	F    float64
	P    *int
}

func main() {
	x := 1
	a := Outer{Inner{1, "x"}, [2]string{"t", "u"}, 0.5, &x}
	b := Outer{Inner{1, "x"}, [2]string{"t", "u"}, 0.5, &x}
	fmt.Println(a == b, a != b)

	b.In.B = "y"
	fmt.Println(a == b)
	b.In.B = "x"
	b.Tags[1] = "v"
	fmt.Println(a == b)
	b.Tags[1] = "u"
	y := 1
	b.P = &y // same value, different pointer
	fmt.Println(a == b, *a.P == *b.P)
	b.P = a.P
	fmt.Println(a == b)

	// NaN fields make a struct unequal to itself.
	zero := 0.0
	n := Outer{F: zero / zero}
	fmt.Println(n == n)

	// Anonymous struct values compare with identical struct types.
	p1 := struct{ X, Y int }{1, 2}
	p2 := struct{ X, Y int }{1, 2}
	fmt.Println(p1 == p2)

	// Finding a struct in a slice.
	list := []Inner{{1, "a"}, {2, "b"}, {3, "c"}}
	target := Inner{2, "b"}
	for i, v := range list {
		if v == target {
			fmt.Println("found at", i)
		}
	}

	// Zero comparison.
	var z Inner
	fmt.Println(z == Inner{}, list[0] == Inner{})
}
