// Select fan-in: four producers on unbuffered channels, one consumer
// selecting over all four plus a quit channel.
package main

import "fmt"

func producer(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- 1
	}
	close(c)
}

func main() {
	const n = 200000
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	quit := make(chan struct{})
	go producer(a, n)
	go producer(b, n)
	go producer(c, n)
	go producer(d, n)
	total, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
			}
			total += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
			}
			total += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
			}
			total += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
			}
			total += v
		case <-quit:
			return
		}
	}
	fmt.Println(total)
}
