// Buffered producer/consumer: one producer, one consumer, a 128-slot
// channel, 10M values.
package main

import "fmt"

func main() {
	const n = 5000000
	ch := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
