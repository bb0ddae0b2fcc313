// run

// Structs and arrays are values: assignment, range variables and args copy them.

package main

import "fmt"

type Box struct {
	Items [3]int
	Tags  []string
	Meta  map[string]int
}

func mutate(b Box) {
	b.Items[0] = 100
	b.Tags[0] = "changed"
	b.Meta["k"] = 9
}

func main() {
	b := Box{[3]int{1, 2, 3}, []string{"t"}, map[string]int{"k": 1}}
	mutate(b)
	fmt.Println(b.Items, b.Tags, b.Meta)
	c := b
	c.Items[1] = 50
	fmt.Println(b.Items[1], c.Items[1])
	arr := [3]Box{}
	for _, x := range arr {
		x.Items[0] = 1
	}
	fmt.Println(arr[0].Items)
	for i := range arr {
		arr[i].Items[0] = i + 1
	}
	fmt.Println(arr[0].Items, arr[2].Items)
	nums := [4]int{1, 2, 3, 4}
	for i, v := range nums {
		nums[3] = 40
		if i == 3 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3, 4}
	for i, v := range sl {
		sl[3] = 40
		if i == 3 {
			fmt.Println("range over slice sees:", v)
		}
	}
}
