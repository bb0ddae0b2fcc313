// run

// sort: Ints, Strings, Float64s, Slice, SliceStable, Sort/Stable with
// sort.Interface, Search, Reverse.

package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 7), sort.SearchInts(xs, 4))
	ss := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "fig"))
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	words := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IsSorted(sort.IntSlice(xs)))
	people := []person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	big := make([]int, 1000)
	for k := range big {
		big[k] = (k * 7919) % 1000
	}
	sort.Ints(big)
	fmt.Println(big[0], big[500], big[999], sort.IntsAreSorted(big))
}
