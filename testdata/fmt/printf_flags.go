// run

// Flag combinations and %t: space, +, #, -, 0 across verbs, and the
// interaction of precision with zero padding.

package main

import "fmt"

func main() {
	fmt.Printf("%t|%v|%6t|%-6t|\n", true, false, true, false)
	fmt.Printf("[% d][% d][%+d][%+d]\n", 5, -5, 5, -5)
	fmt.Printf("[%05d][%-05d][%05.2d][%+05d]\n", 12, 12, 12, 12)
	fmt.Printf("[%#o][%#x][%#X][%#b][%#v]\n", 8, 255, 255, 5, 255)
	fmt.Printf("[%x][% x][%#x][%# x]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%08.3f][%-8.3f][%+.1e][% .1e]\n", -3.14159, 3.14159, 12345.678, 12345.678)
	fmt.Printf("[%010s][%-010s]\n", "pad", "pad")
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%3c][%-3c][%03d]\n", 'a', 'b', -7)
	fmt.Printf("[%+q][%+v][%+d]\n", "é", "é", 0)
	fmt.Printf("[%x][%X][%#x]\n", []byte{1, 171, 255}, []byte{1, 171, 255}, []byte{1, 171})
	fmt.Printf("[%5t][%05t]\n", true, false)
	fmt.Printf("[%v][%d][%s]\n", []int{1, 2}, []int{1, 2}, []string{"x"})
	fmt.Printf("[%03d][%x][%5.1f]\n", []int{1, 2}, []int{10, 11}, []float64{1, 2.25})
}
