// run

// Loops: three-clause, condition-only, infinite with break, range over
// slices/arrays with index and value, loop variable scoping.

package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)

	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)

	// Multiple variables.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	// range forms.
	xs := []string{"a", "b", "c"}
	for i := range xs {
		fmt.Print(i)
	}
	for _, x := range xs {
		fmt.Print(x)
	}
	for i, x := range xs {
		fmt.Print(i, x)
	}
	for range xs {
		fmt.Print(".")
	}
	fmt.Println()

	// range evaluates the slice once; appending inside does not extend it.
	ys := []int{1, 2, 3}
	for _, y := range ys {
		ys = append(ys, y*10)
	}
	fmt.Println(ys)

	// Modifying elements through the index.
	for i := range ys {
		ys[i]++
	}
	fmt.Println(ys)

	// The loop variable after the loop (declared outside).
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println("i after loop:", i)

	// continue in a three-clause loop still runs the post statement.
	sum := 0
	for j := 0; j < 10; j++ {
		if j%3 != 0 {
			continue
		}
		sum += j
	}
	fmt.Println("sum", sum)

	// Counting down with unsigned: careful termination.
	for u := uint(3); u > 0; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()

	// range over an array pointer.
	arr := [3]int{7, 8, 9}
	for i, v := range &arr {
		arr[2] = 100 // ranging over a pointer sees the change
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
