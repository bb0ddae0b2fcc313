// run
// exit 2
// stderr "panic: runtime error: index out of range \[0\] with length 0"

// Output buffered by fmt is flushed before a panic ends the program: the
// partial line without a newline is kept.

package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Printf("line %d\n", i)
	}
	fmt.Print("partial line")
	var s []string
	fmt.Println(s[0])
}
