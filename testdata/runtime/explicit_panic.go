// run
// exit 2
// stderr "panic: value too large"
// stderr "goroutine 1 \[running\]:"

// panic("msg") prints "panic: msg" and a goroutine trace to stderr and
// exits with status 2.

package main

import "fmt"

func check(v int) {
	if v > 2 {
		panic("value too large")
	}
	fmt.Println("ok", v)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
	fmt.Println("unreachable")
}
