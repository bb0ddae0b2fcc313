// run

// Labelled break and continue out of nested loops, and break out of a
// switch inside a loop.

package main

import "fmt"

func main() {
	// Find the first pair summing to 10.
	nums := []int{3, 8, 1, 9, 4, 6}
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == 10 {
				fmt.Println("pair:", nums[i], nums[j])
				break outer
			}
		}
	}

	// continue outer skips the rest of the inner loop.
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				fmt.Println()
				continue rows
			}
			fmt.Print(r*c, " ")
		}
		fmt.Println("(full row)")
	}

	// break in a switch only leaves the switch; a labelled break leaves
	// the loop.
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		default:
			count++
			if i == 5 {
				break // leaves the switch only
			}
			fmt.Println("odd", i)
		}
	}
	fmt.Println("count", count)

	// Labelled continue on a range loop.
	words := []string{"apple", "bob", "kayak", "go", "noon"}
next:
	for _, w := range words {
		for i := 0; i < len(w)/2; i++ {
			if w[i] != w[len(w)-1-i] {
				continue next
			}
		}
		fmt.Println("palindrome:", w)
	}

	// Three levels deep.
	found := 0
a:
	for x := 1; x < 10; x++ {
		for y := x; y < 10; y++ {
			for z := y; z < 20; z++ {
				if x*x+y*y == z*z {
					fmt.Println("triple", x, y, z)
					found++
					if found == 3 {
						break a
					}
					continue a
				}
			}
		}
	}
}
