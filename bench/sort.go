// Benchmark: sorting. 1M ints with sort.Ints, 300k strings with
// sort.Strings, and 500k structs with sort.Slice and sort.SliceStable by
// two keys; then binary searches.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type rec struct {
	key  int
	name string
}

func main() {
	seed := uint32(7)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	ints := make([]int, 1000000)
	for i := range ints {
		ints[i] = next()
	}
	sort.Ints(ints)
	strs := make([]string, 300000)
	for i := range strs {
		strs[i] = "k" + strconv.Itoa(next()%1000000)
	}
	sort.Strings(strs)
	recs := make([]rec, 500000)
	for i := range recs {
		recs[i] = rec{next() % 1000, strs[i%len(strs)]}
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].name < recs[j].name })
	found := 0
	for i := 0; i < 200000; i++ {
		x := next()
		j := sort.SearchInts(ints, x)
		if j < len(ints) && ints[j] == x {
			found++
		}
	}
	fmt.Println(sort.IntsAreSorted(ints), sort.StringsAreSorted(strs), recs[0].name, recs[len(recs)-1].key, found)
}
