// run

// %v, %+v, %#v and %T on basic values, structs, nested structs, slices,
// arrays, pointers to structs and named types.

package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Pts    []Point
	Closed bool
	Origin *Point
}

type Celsius float64
type Names []string

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)

	s := Shape{"tri", []Point{{0, 0}, {1, 0}}, true, nil}
	fmt.Printf("%v\n%+v\n%#v\n", s, s, s)

	fmt.Printf("%v|%#v|%T\n", []int{1, 2}, []int{1, 2}, []int{1, 2})
	fmt.Printf("%v|%#v|%T\n", [2]string{"a", "b"}, [2]string{"a", "b"}, [2]string{"a", "b"})
	fmt.Printf("%#v|%#v|%#v\n", []string(nil), []int{}, [0]int{})

	fmt.Printf("%v|%#v|%T\n", 42, 42, 42)
	fmt.Printf("%v|%#v|%T\n", "str", "str", "str")
	fmt.Printf("%v|%#v|%T\n", 2.0, 2.0, 2.0)
	fmt.Printf("%v|%#v|%T\n", true, true, true)
	fmt.Printf("%#v|%#v|%#v\n", uint8(7), int64(-7), float32(1.5))
	fmt.Printf("%#v|%#v\n", 'x', byte('x'))

	c := Celsius(36.6)
	n := Names{"x", "y"}
	fmt.Printf("%v|%#v|%T\n", c, c, c)
	fmt.Printf("%v|%#v|%T\n", n, n, n)

	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v|%+v|%#v|%T\n", anon, anon, anon, anon)

	nested := [][]Point{{{1, 2}}, {}}
	fmt.Printf("%v|%+v|%T\n", nested, nested, nested)

	var nilp *Point
	fmt.Printf("%v|%+v|%T\n", nilp, nilp, nilp)

	f := func(int) string { return "" }
	fmt.Printf("%T\n", f)
	fmt.Printf("%T %T %T %T\n", 'a', byte(1), uint(1), "s" == "s")
}
