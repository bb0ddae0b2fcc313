// run
// exit 2
// stderr "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan send\]:"

package main

func main() {
	ch := make(chan int, 1)
	ch <- 1
	ch <- 2
}
