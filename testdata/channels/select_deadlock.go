// run
// exit 2
// stderr "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[select\]:"

package main

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case <-a:
	case b <- "x":
	}
}
