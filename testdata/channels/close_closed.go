// run
// exit 2
// stderr "^panic: close of closed channel\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closed once")
	close(ch)
}
