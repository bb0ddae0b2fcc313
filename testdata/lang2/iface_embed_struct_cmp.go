// run

// Arrays/structs holding interfaces compare dynamically; interface slices and maps of interfaces.

package main

import "fmt"

type S struct {
	A interface{}
	B [2]interface{}
}

type E interface{ Error() string }

type myE string

func (m myE) Error() string { return string(m) }

func main() {
	x := S{1, [2]interface{}{"a", 2.5}}
	y := S{1, [2]interface{}{"a", 2.5}}
	z := S{int64(1), [2]interface{}{"a", 2.5}}
	fmt.Println(x == y, x == z)
	var e1, e2 E = myE("x"), myE("x")
	var err error = myE("x")
	fmt.Println(e1 == e2, err == e1, err.Error())
	arr := [3]error{nil, myE("a"), nil}
	arr2 := arr
	fmt.Println(arr == arr2)
	arr2[0] = myE("")
	fmt.Println(arr == arr2)
	counts := map[interface{}]int{}
	for _, v := range []interface{}{1, "1", 1, 1.0, [1]int{1}, [1]int{1}, myE("1"), struct{}{}} {
		counts[v]++
	}
	fmt.Println(len(counts), counts[1], counts[[1]int{1}], counts[myE("1")], counts[struct{}{}])
}
