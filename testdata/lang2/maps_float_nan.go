// run

// NaN keys never match; +0 and -0 are the same key; map of arrays and interface keys.

package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	m[0.0] = 3
	negz := math.Copysign(0, -1)
	m[negz] = 4
	fmt.Println(len(m), m[0])
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	type key [3]string
	mk := map[key]int{{"a", "b", "c"}: 1}
	mk[key{"a", "b", "c"}]++
	fmt.Println(mk)
	mi := map[interface{}]string{}
	mi[[2]int{1, 2}] = "arr"
	mi[struct{ A string }{"s"}] = "struct"
	mi[int8(1)] = "int8"
	mi[1] = "int"
	fmt.Println(len(mi), mi[[2]int{1, 2}], mi[struct{ A string }{"s"}], mi[int8(1)], mi[1], mi[int16(1)] == "")
}
