// run

// Nested structs, pointers, slices of pointers and interfaces as fmt prints them.

package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Any   interface{}
	Err   error
	Bytes []byte
	Arr   [2]bool
}

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"x"}}, Any: Inner{2, nil}, Bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{3, []string{"q"}})
	fmt.Printf("%v %+v\n", &Inner{4, nil}, &o.In)
	var ip *Inner
	fmt.Printf("%v %+v\n", ip, ip)
	fmt.Println([]interface{}{1, "a", nil, Inner{}, []int{1}})
	fmt.Println([][]int{{1, 2}, {}, nil})
	fmt.Println(struct {
		X, Y int
		Z    *int
	}{1, 2, nil})
	fmt.Printf("%v|%d|%s\n", [3]byte{1, 2, 3}, []byte("ab"), []byte("ab"))
	fmt.Printf("%5v|%-6v|%06d\n", []int{1, 22}, "ab", []int{3, 4})
	fmt.Printf("%x %X\n", "héllo", []string{"ab", "c"})
	fmt.Printf("%t %v\n", "notbool", struct{}{})
	fmt.Printf("%q %v %d\n", 'ä', 'ä', "x")
	type unit float64
	fmt.Printf("%v %.1f %T\n", unit(1.25), unit(1.25), unit(0))
}
