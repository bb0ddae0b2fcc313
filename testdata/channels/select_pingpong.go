// run

// Two goroutines exchanging values through selects on both sides,
// including an unbuffered channel that both select on (one sends, the
// other receives), with a quit channel.

package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	quit := make(chan struct{})
	done := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case v := <-ping:
				n++
				select {
				case pong <- v * 2:
				case <-quit:
					done <- n
					return
				}
			case <-quit:
				done <- n
				return
			}
		}
	}()
	sum := 0
	for i := 0; i < 10000; i++ {
		select {
		case ping <- i:
		}
		select {
		case v := <-pong:
			sum += v
		}
	}
	close(quit)
	fmt.Println(sum, <-done)

	// Fan-in with select over several producers.
	chs := make([]chan int, 4)
	for i := range chs {
		chs[i] = make(chan int)
		go func(c chan int, base int) {
			for j := 0; j < 1000; j++ {
				c <- base + j
			}
			close(c)
		}(chs[i], i*1000)
	}
	total, open := 0, 4
	a, b, c, d := chs[0], chs[1], chs[2], chs[3]
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			total += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			total += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			total += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
				continue
			}
			total += v
		}
	}
	fmt.Println("fan-in", total)
}
