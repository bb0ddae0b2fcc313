// run

// Methods on slice, map and func types; struct conversion ignoring tags; runtime shift and MinInt64/-1.

package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Keys() []string {
	ks := make([]string, 0, len(s))
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type A struct {
	X int `json:"x"`
	Y string
}
type B struct {
	X int
	Y string `yaml:"y"`
}

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Sum(), len(l))
	s := Set{}
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Has("a"), s.Has("z"), s.Keys(), len(s))
	a := A{1, "y"}
	b := B(a)
	fmt.Println(b)
	fmt.Println(Fn(func(x int) int { return x * 3 }).Twice(2))
	x := int64(math.MinInt64)
	m1 := int64(-1)
	fmt.Println(x/m1, x%m1)
	defer func() { fmt.Println("recovered:", recover()) }()
	sh := -1
	fmt.Println(strings.Repeat("-", 3), 1<<uint(3))
	fmt.Println(1 << sh)
}
