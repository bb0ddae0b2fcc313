// run

// Buffered channels: FIFO order, len and cap, wrap-around of the ring
// buffer, and a receive of every element type shape.

package main

import "fmt"

type point struct {
	x, y int
	name string
}

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	for i := 0; i < 3; i++ {
		fmt.Println(<-ch)
	}
	// Wrap around many times.
	sum := 0
	for i := 0; i < 100; i++ {
		ch <- i
		if i%3 == 2 {
			for len(ch) > 0 {
				sum += <-ch
			}
		}
	}
	for len(ch) > 0 {
		sum += <-ch
	}
	fmt.Println("sum", sum)

	ps := make(chan point, 2)
	ps <- point{1, 2, "a"}
	ps <- point{3, 4, "b"}
	p := <-ps
	fmt.Println(p.x, p.y, p.name)
	fmt.Println(<-ps)

	ss := make(chan []string, 1)
	ss <- []string{"x", "y"}
	fmt.Println(<-ss)

	bs := make(chan bool, 1)
	bs <- true
	fmt.Println(<-bs)

	fs := make(chan float64, 1)
	fs <- 2.5
	fmt.Println(<-fs)

	es := make(chan struct{}, 2)
	es <- struct{}{}
	es <- struct{}{}
	fmt.Println(len(es), cap(es))
	<-es
	fmt.Println(len(es))

	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
}
