// run

// fmt.Sscanf and Sscan basics, with errors.

package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var x, y float64
	n, err = fmt.Sscanf("(1.5, -2)", "(%g, %g)", &x, &y)
	fmt.Println(n, err, x, y)
	var a, b int
	var w string
	n, err = fmt.Sscan("10 20 word", &a, &b, &w)
	fmt.Println(n, err, a+b, w)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err != nil)
	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
}
