// run
// exit 2
// stderr "^panic: runtime error: comparing uncomparable type \[\]int\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

import "fmt"

type I interface{ M() int }
type A int
type B struct{ x, y int }
type P struct{ s string }

func (a A) M() int  { return int(a) }
func (b B) M() int  { return b.x }
func (p *P) M() int { return len(p.s) }

func main() {
	var i, j I = A(1), A(1)
	fmt.Println(i == j, i != j)
	j = A(2)
	fmt.Println(i == j)
	j = B{1, 2}
	fmt.Println(i == j, i.M() == j.M())
	i = B{1, 2}
	fmt.Println(i == j)
	p := &P{"x"}
	i, j = p, p
	fmt.Println(i == j)
	j = &P{"x"}
	fmt.Println(i == j)
	var n1, n2 I
	fmt.Println(n1 == n2, n1 == nil, i == nil)

	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = 1.5, 1.5
	fmt.Println(x == y)
	x, y = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(x == y)
	x = B{1, 2}
	fmt.Println(x == B{1, 2}, x == B{2, 1})
	fmt.Println(x == 3, 3 == x)
	var k interface{} = A(3)
	fmt.Println(k == A(3))
	var ki I = A(3)
	fmt.Println(k == ki, ki == A(3), ki == A(4))
	// interfaces holding interfaces compare by the inner dynamic value
	type W struct{ v interface{} }
	fmt.Println(W{1} == W{1}, W{1} == W{"1"})
	switch x {
	case 1:
		fmt.Println("one")
	case B{1, 2}:
		fmt.Println("B12")
	}
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
