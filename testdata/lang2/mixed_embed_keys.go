// run

// Promoted pointer methods satisfy interfaces; struct keys with arrays and interfaces;
// invalid UTF-8 to []rune; goto inside loops; in-place reversal.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inc interface{ Inc() }
type C struct{ n int }

func (c *C) Inc() { c.n++ }

type Wrap struct{ *C }
type WrapV struct{ C }

type Key struct {
	a string
	b [2]int
	c interface{}
}

func main() {
	w := Wrap{&C{}}
	var i Inc = w
	i.Inc()
	fmt.Println(w.n)
	wv := &WrapV{}
	i = wv
	i.Inc()
	fmt.Println(wv.n)
	fmt.Println([]rune("a\xffb\xc0"), len([]rune("\xed\xa0\x80")))
	m := map[Key]int{}
	for j := 0; j < 10000; j++ {
		m[Key{fmt.Sprint(j % 100), [2]int{j % 7, 0}, j % 3}]++
	}
	fmt.Println(len(m))
	keys := []string{}
	for k, v := range m {
		if v > 4 {
			keys = append(keys, fmt.Sprint(k.a, k.b, k.c, v))
		}
	}
	sort.Strings(keys)
	fmt.Println(len(keys), strings.Join(keys[:3], ";"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			goto skip
		}
		sb.WriteString("x")
	skip:
		sb.WriteString("|")
	}
	fmt.Println(sb.String())
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 1}, {"a", 1}, {"c", 0}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].v < ps[j].v || ps[i].v == ps[j].v && ps[i].k < ps[j].k })
	fmt.Println(ps)
	var arr [3]struct{ x int }
	for i := range arr {
		arr[i].x = i
	}
	fmt.Println(arr)
	b := []byte("abc")
	for i, c := range b {
		b[len(b)-1-i] = c
	}
	fmt.Println(string(b))
}
