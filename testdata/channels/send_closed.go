// run
// exit 2
// stderr "^panic: send on closed channel\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}
