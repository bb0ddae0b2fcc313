// run

// fmt prints maps in sorted key order for every key kind.

package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -5: "neg", 3: "three", 0: "z"})
	fmt.Println(map[string]int{"pear": 1, "apple": 2, "fig": 3, "Zed": 4})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"b": {2}, "a": {1}}, map[K]bool{{1, "x"}: true}, map[string]int{"b": 1, "a": 2})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "y": 2}, "a": {}})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%d\n", map[string]int{"x": 1, "w": 2})
}
