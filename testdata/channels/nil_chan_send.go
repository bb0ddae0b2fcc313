// run
// exit 2
// stderr "goroutine 1 \[chan send \(nil chan\)\]:"

package main

func main() {
	var nc chan string
	nc <- "x"
}
