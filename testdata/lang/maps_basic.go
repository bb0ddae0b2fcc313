// run

// Maps end to end: make, literals (also package-level), m[k], comma-ok,
// op=, ++, delete, len, nil maps, every comparable key kind, fmt's sorted
// printing, range with deletes, swaps through map elements.

package main

import "fmt"

type Point struct{ X, Y int }

type T struct{ name string }

var global = map[string]*T{"a": &T{"x"}, "b": {"y"}}

type Holder struct {
	m map[string]int
}

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	m["one"] += 10
	m["two"]++
	m["three"]--
	m["four"] *= 5
	fmt.Println(m)
	delete(m, "four")
	delete(m, "nothing")
	fmt.Println(len(m), m)

	var nilm map[string]int
	fmt.Println(nilm["x"], len(nilm), nilm == nil, nilm)
	if _, ok := nilm["x"]; !ok {
		fmt.Println("not in nil map")
	}
	delete(nilm, "x")

	pts := map[Point]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(pts, pts[Point{1, 2}])

	fm := map[float64]int{}
	fm[0.0] = 1
	negz := 0.0
	negz = -negz
	fm[negz] += 1
	fmt.Println(fm, len(fm))

	im := map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, Point{1, 1}: 5}
	fmt.Println(im[1], im["a"], im[2.5], im[true], im[Point{1, 1}], im[nil])

	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested)

	mm := map[string]map[string]int{}
	mm["x"] = map[string]int{"y": 1}
	mm["x"]["z"] = 2
	fmt.Println(mm)

	sm := map[string]Point{"p": {3, 4}}
	fmt.Println(sm["p"].X, sm)

	h := Holder{m: map[string]int{}}
	h.m["k"] = 7
	fmt.Printf("%v %+v %#v\n", h, h, h.m)
	fmt.Println(global["a"].name, global["b"].name, len(global))

	arr := map[[2]int]bool{{1, 2}: true, {0, 1}: false}
	fmt.Println(arr)
	bm := map[bool]string{true: "t", false: "f"}
	fmt.Println(bm)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)

	sum := 0
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for k, v := range big {
		if v != k*k {
			fmt.Println("bad")
		}
		sum += k
	}
	fmt.Println(len(big), sum)
	for k := range big {
		if k%2 == 0 {
			delete(big, k)
		}
	}
	fmt.Println(len(big))
	var a, b map[int]string
	a = map[int]string{1: "x"}
	b = a
	b[2] = "y"
	fmt.Println(a, len(a))
	a[1], a[2] = a[2], a[1]
	fmt.Println(a)
	var x, y = im["a"]
	fmt.Println(x, y)
}
