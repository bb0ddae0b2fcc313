// run

// Maps keyed by every comparable kind, printed via sorted keys or fmt.

package main

import (
	"fmt"
	"sort"
)

type K struct {
	A int
	B string
}

func main() {
	mi := map[int]string{3: "c", -1: "neg", 0: "zero"}
	ms := map[string]int{"b": 2, "a": 1, "": 0}
	mf := map[float64]bool{1.5: true, -0.5: false, 2: true}
	mb := map[bool]int{true: 1, false: 0}
	mk := map[K]int{{1, "x"}: 10, {1, "y"}: 11, {0, "x"}: 9}
	ma := map[[2]int]string{{1, 2}: "12", {2, 1}: "21"}
	mr := map[rune]int{'é': 1, 'a': 2}
	var p1, p2 = new(int), new(int)
	mp := map[*int]string{p1: "p1", p2: "p2"}
	ch := make(chan int)
	mc := map[chan int]int{ch: 7}
	mu := map[uint8]int{255: 1, 0: 2}
	fmt.Println(mi, ms, mf, mb)
	fmt.Println(mk, ma, mr, mu)
	fmt.Println(mp[p1], mp[p2], len(mp), mc[ch])
	keys := make([]int, 0)
	for k := range mi {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, "=", mi[k], " ")
	}
	fmt.Println()
	v, ok := ms["zz"]
	fmt.Println(v, ok)
	v, ok = ms[""]
	fmt.Println(v, ok)
}
