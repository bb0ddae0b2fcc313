// run

// Printf reports bad verbs, missing and extra arguments inside the output
// instead of failing: %!d(string=x), %!s(MISSING), %!(EXTRA ...).

package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", 7)
	fmt.Printf("%c|%q\n", "notarune", true)
	fmt.Printf("no verbs\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%.2s %x\n", 3.5, true)
	fmt.Println(fmt.Sprintf("%d-%s", 5))
	fmt.Println(fmt.Sprintf("%[2]d %[1]d", 10, 20))
	fmt.Println(fmt.Sprintf("%[3]d", 1, 2))
}
