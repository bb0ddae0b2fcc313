// run

// Interface values compare by dynamic type and value.

package main

import "fmt"

type P struct{ X, Y int }
type Q P

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = Q{1, 2}
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b, a != b)
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil)
	var p *P
	var ip interface{} = p
	fmt.Println(ip == nil, ip == (*P)(nil))
	x, y := &P{}, &P{}
	a, b = x, x
	fmt.Println(a == b)
	a, b = x, y
	fmt.Println(a == b)
	var e1 error
	fmt.Println(e1 == nil)
	m := map[interface{}]string{1: "int", "1": "string", P{1, 1}: "P", 1.5: "float"}
	fmt.Println(m[1], m["1"], m[P{1, 1}], m[1.5], len(m))
}
