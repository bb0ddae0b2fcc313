// run

// Anonymous structs: literals, slices of them, comparison, assignability.

package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	p := struct {
		X, Y int
	}{1, 2}
	fmt.Println(p, p.X+p.Y)
	fmt.Printf("%+v %T\n", p, p)
	people := []struct {
		Name string
		Age  int
	}{{"al", 30}, {"bo", 25}}
	for _, q := range people {
		fmt.Println(q.Name, q.Age)
	}
	var n Named = struct {
		A int
		B string
	}{5, "five"}
	fmt.Printf("%+v\n", n)
	q := struct {
		A int
		B string
	}(n)
	fmt.Println(q == struct {
		A int
		B string
	}{5, "five"})
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	cfg := map[string]struct{ On bool }{"x": {true}}
	fmt.Println(cfg)
	fmt.Printf("%#v\n", p)
}
