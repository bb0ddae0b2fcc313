// run

// Arrays are values: assignment and passing copy them; == compares
// elementwise; len is a constant.

package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	var zero [3]int
	fmt.Println(zero, len(zero))

	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	c := double(a)
	fmt.Println(a, c)
	doubleInPlace(&a)
	fmt.Println(a)

	fmt.Println(a == c, a != b, [2]string{"x", "y"} == [2]string{"x", "y"})

	// Index keys and [...] length.
	d := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)

	e := [5]int{1, 2}
	fmt.Println(e)

	// range over an array copy vs by index.
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 99 // range over arr evaluates a copy: v is unaffected
		if i == 2 {
			fmt.Println("range value:", v)
		}
	}
	fmt.Println(arr)

	// Array of arrays and of strings.
	var grid [2][3]int
	grid[1][2] = 5
	grid[0] = [3]int{7, 8, 9}
	fmt.Println(grid, len(grid), len(grid[0]))

	// Pointer to array: indexing, len and slicing through it.
	p := &arr
	p[0] = -1
	fmt.Println(arr[0], len(p), p[1:])

	// Arrays as struct fields are copied too.
	type Box struct{ vals [2]int }
	x := Box{[2]int{1, 2}}
	y := x
	y.vals[0] = 42
	fmt.Println(x, y, x == y)
}
