// run

// Unbuffered channels hand values over directly between goroutines,
// synchronising sender and receiver.

package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan string)
	go func() {
		ch <- "Hello from goroutine"
	}()
	message := <-ch
	fmt.Println(message)

	// A ping-pong: each side waits for the other.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok)

	sq := make(chan int)
	go producer(sq, 10)
	total := 0
	for x := range sq {
		total += x
	}
	fmt.Println("total", total)

	// A chain of goroutines passing one value along.
	const n = 100
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain", <-in)
}
