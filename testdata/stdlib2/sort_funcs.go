// run

// sort.Ints, Strings, Float64s, Slice, SliceStable, sort.Interface, Search.

package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	is := []int{5, 2, 8, -1, 2, 9, 0}
	sort.Ints(is)
	fmt.Println(is, sort.IntsAreSorted(is))
	ss := []string{"pear", "Apple", "fig", "banana", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	words := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is)
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 4), sort.SearchInts(sorted, 100))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	big := make([]int, 1000)
	x := uint32(12345)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x % 1000)
	}
	sort.Ints(big)
	fmt.Println(big[0], big[500], big[999], sort.IntsAreSorted(big))
}
