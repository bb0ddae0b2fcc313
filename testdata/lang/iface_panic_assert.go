// run
// exit 2
// stderr "^panic: interface conversion: interface \{\} is string, not int\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

import "fmt"

func main() {
	var x interface{} = "hello"
	fmt.Println("before")
	n := x.(int)
	fmt.Println(n)
}