// run
// exit 2
// stderr "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:\nmain.main\(\)"

package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
