// run
// exit 2
// stderr "^panic: close of nil channel\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

func main() {
	var ch chan int
	close(ch)
}
