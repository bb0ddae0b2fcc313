// run

// copy returns the count copied; append growth and aliasing as Go.

package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	fmt.Println(n, b)
	n = copy(a[1:], a)
	fmt.Println(n, a)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var s []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y[3], z[3], len(x), cap(y))
	w := append(x[:3:3], 9)
	w[0] = 7
	fmt.Println(x[0], w)
	s2 := append([]int(nil), a...)
	s2 = append(s2, s2...)
	fmt.Println(s2, len(s2))
	str := append([]byte("ab"), "cd"...)
	fmt.Println(string(str))
	var bb []byte
	for i := 0; i < 100; i++ {
		bb = append(bb, 'x')
	}
	fmt.Println(len(bb), cap(bb))
	type P struct{ a, b, c int64 }
	var ps []P
	pc := []int{}
	for i := 0; i < 50; i++ {
		old := cap(ps)
		ps = append(ps, P{})
		if cap(ps) != old {
			pc = append(pc, cap(ps))
		}
	}
	fmt.Println(pc)
}
