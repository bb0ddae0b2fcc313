// run

// The builtins print and println write to stderr, which is not part of the
// golden output; the program must still run and its stdout stay intact.

package main

import "fmt"

func main() {
	fmt.Println("stdout 1")
	println("stderr:", 1, true, "x", 2.5)
	print("stderr without newline", 7, "\n")
	fmt.Println("stdout 2")
	var p *int
	println(p == nil, 'a', int8(-3), uint64(1<<63))
	fmt.Println("stdout 3")
}
