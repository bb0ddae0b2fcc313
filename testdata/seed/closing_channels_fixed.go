// run

// The seed's "Closing Channels" sample with a main: the producer sends 0..4
// and closes; Method 1 drains the channel, so Method 2's range ends at
// once. A second channel shows Method 2 on its own.

package main

import "fmt"

func producer(ch chan int) {
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch) // Signal that we're done sending
}

func consumer(ch chan int) {
	// Method 1: Check if channel is closed
	for {
		value, ok := <-ch
		if !ok {
			break // Channel is closed
		}
		fmt.Println(value)
	}

	// Method 2: Range over channel (automatically stops when closed)
	for value := range ch {
		fmt.Println(value)
	}
}

func main() {
	ch := make(chan int)
	go producer(ch)
	consumer(ch)

	ch2 := make(chan int)
	go producer(ch2)
	for value := range ch2 {
		fmt.Println("range", value)
	}
}
