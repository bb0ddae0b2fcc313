// run

// fmt.Println and fmt.Print: Println always separates operands with
// spaces; Print adds a space only between operands when neither is a string.

package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Println("a", "b", 1, 2, true, 3.5)
	fmt.Println()
	fmt.Println("")
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(1.5, true, false, "\n")
	fmt.Print(P{1, "s"}, P{2, "t"}, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")

	// Composite values.
	fmt.Println([]string{"a", "b"}, [2]bool{true}, P{7, "seven"}, &P{8, "eight"})
	fmt.Println([]P{{1, "a"}}, [][]int{{1}, {2, 3}}, []*int{nil})
	var nilSlice []int
	fmt.Println(nilSlice, len(nilSlice))

	// Byte and rune values print as numbers.
	fmt.Println('a', byte('b'), []byte("hi"), []rune("hi"))

	// Return values: bytes written.
	n, _ := fmt.Println("12345")
	fmt.Println(n)
	n, _ = fmt.Print("xyz\n")
	fmt.Println(n)

	// Named numeric and string types.
	type Meters float64
	type Name string
	fmt.Println(Meters(1.5), Name("n"), []Meters{1, 2})
}
