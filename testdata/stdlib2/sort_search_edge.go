// run

// sort on empty and single-element inputs, Search boundaries, Reverse of strings, stability under many equal keys.

package main

import (
	"fmt"
	"sort"
)

func main() {
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.SearchInts(empty, 5))
	one := []string{"x"}
	sort.Strings(one)
	fmt.Println(one)
	s := []int{1, 2, 2, 2, 3}
	fmt.Println(sort.SearchInts(s, 2), sort.SearchInts(s, 0), sort.SearchInts(s, 4))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, func(int) bool { return true }))
	words := []string{"b", "a", "d", "c"}
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	type kv struct {
		k, v int
	}
	var kvs []kv
	for i := 0; i < 100; i++ {
		kvs = append(kvs, kv{i % 3, i})
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	fmt.Println(kvs[0], kvs[33], kvs[34], kvs[99])
	fs := []float64{3, -1, 2.5, 0}
	sort.Sort(sort.Reverse(sort.Float64Slice(fs)))
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	desc := []int{5, 4, 3, 2, 1}
	sort.Slice(desc, func(i, j int) bool { return desc[i] < desc[j] })
	fmt.Println(desc)
}
