// run

// sort.Stable keeps equal elements in order; multi-key sort; sort on a large random input.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	key   string
	order int
}

type recs []rec

func (r recs) Len() int           { return len(r) }
func (r recs) Less(i, j int) bool { return r[i].key < r[j].key }
func (r recs) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func main() {
	var rs recs
	seed := uint32(7)
	for i := 0; i < 200; i++ {
		seed = seed*1664525 + 1013904223
		rs = append(rs, rec{string(rune('a' + seed>>28%5)), i})
	}
	sort.Stable(rs)
	ok := true
	for i := 1; i < len(rs); i++ {
		if rs[i-1].key == rs[i].key && rs[i-1].order > rs[i].order {
			ok = false
		}
	}
	fmt.Println("stable:", ok, sort.IsSorted(rs))
	counts := map[string]int{}
	for _, r := range rs {
		counts[r.key]++
	}
	fmt.Println(counts)
	words := strings.Fields("the cat sat on the mat with a hat and a bat")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	idx := sort.SearchStrings([]string{"ant", "bee", "cat"}, "bee")
	fmt.Println(idx, sort.StringsAreSorted(words))
	fl := sort.Float64Slice{3, 1, 2}
	fl.Sort()
	fmt.Println(fl, fl.Search(2))
}
