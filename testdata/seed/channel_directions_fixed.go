// run

// The seed's "Channel Directions" sample completed: receiveOnly uses its
// value, and a main drives all three functions.

package main

import "fmt"

// Send-only channel
func sendOnly(ch chan<- int) {
	ch <- 42
	// Cannot receive: value := <-ch  // This would cause compile error
}

// Receive-only channel
func receiveOnly(ch <-chan int) {
	value := <-ch
	fmt.Println("received", value)
	// Cannot send: ch <- 42  // This would cause compile error
}

// Bidirectional channel (can send and receive)
func bidirectional(ch chan int) {
	ch <- 42
	value := <-ch
	fmt.Println(value)
}

func main() {
	ch := make(chan int)
	go sendOnly(ch)
	receiveOnly(ch)

	buf := make(chan int, 1)
	bidirectional(buf)
}
