// run

// Slices of slices, 3-index slicing, slice of arrays, nil vs empty.

package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 10)
	fmt.Println(arr)
	s = append(s, 11)
	s[0] = 99
	fmt.Println(arr, s)
	pa := &arr
	fmt.Println(pa[4], len(pa), pa[1:2])
	for i, v := range pa {
		if i == 0 {
			pa[4] = 100
		}
		_ = v
	}
	fmt.Println(arr[4])
	tri := [][]string{{"a"}, {"b", "c"}, {}}
	for _, row := range tri {
		fmt.Print(len(row), row, ";")
	}
	fmt.Println()
}
