// run
// exit 2
// stderr "panic: assignment to entry in nil map\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("before")
	m["a"] = 1
}
