// skip
// gorun bug: fmt.Sscanf and fmt.Sscan are missing ("undefined: fmt.Sscanf", "undefined: fmt.Sscan"). Go's scan.go ported without reflect passes this program, but it needs strconv: since only reachable code is compiled, importing strconv into fmt costs ~25 ms of parsing and checking (strconv + math) on every fmt program (hello: 20 ms today); it waits for lazily checked function bodies, or natives for the number parsing

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
