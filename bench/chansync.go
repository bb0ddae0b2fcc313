// Unbuffered ping-pong: two goroutines hand a value back and forth over
// two unbuffered channels (Go's BenchmarkChanSync shape): every hop is a
// park and a direct hand-off.
package main

import "fmt"

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println(v)
}
