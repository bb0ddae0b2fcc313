// Thread ring (the benchmarks game): 503 goroutines in a ring pass a token
// along unbuffered channels until it has moved n times.
package main

import "fmt"

const ring = 503

func node(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	const n = 2000000
	first := make(chan int)
	in := first
	done := make(chan int)
	for i := 1; i < ring; i++ {
		out := make(chan int)
		go node(i, in, out, done)
		in = out
	}
	go node(ring, in, first, done)
	first <- n
	fmt.Println(<-done)
}
