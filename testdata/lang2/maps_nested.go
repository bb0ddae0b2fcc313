// run

// Nested maps, maps of slices and of structs.

package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Age  int
}

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	fmt.Println(graph, len(graph["a"]), graph["zz"]["q"])
	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "ok"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	emps := map[string]Emp{"x": {"Xi", 30}}
	e := emps["x"]
	e.Age++
	emps["x"] = e
	emps["y"] = Emp{Name: "Yo"}
	fmt.Printf("%+v\n", emps)
	ptrs := map[string]*Emp{"z": {"Zed", 1}}
	ptrs["z"].Age = 50
	fmt.Println(*ptrs["z"])
	counts := map[string]int{}
	for _, c := range "mississippi" {
		counts[string(c)]++
	}
	ks := []string{}
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()
}
