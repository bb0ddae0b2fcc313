// run

// Value receivers get copies; pointer receivers mutate; auto & and *.

package main

import "fmt"

type V struct{ a [3]int }

func (v V) SetCopy(i, x int) { v.a[i] = x }
func (v *V) Set(i, x int)    { v.a[i] = x }
func (v V) Sum() (s int) {
	for _, x := range v.a {
		s += x
	}
	return
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(n MyInt)  { *m += n }

func main() {
	var v V
	v.SetCopy(0, 10)
	fmt.Println(v.a)
	v.Set(0, 10)
	p := &v
	p.Set(1, 20)
	p.SetCopy(2, 99)
	fmt.Println(v.a, p.Sum(), v.Sum())
	x := MyInt(4)
	x.Add(3)
	fmt.Println(x, x.Double(), (&x).Double())
	vs := []V{{}, {}}
	vs[1].Set(2, 5)
	fmt.Println(vs)
	m := map[string]*V{"k": {}}
	m["k"].Set(0, 1)
	fmt.Println(m["k"].a)
}
