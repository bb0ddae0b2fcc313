// run

// select: waits for the first ready case; default for non-blocking
// operations; send and receive cases; assignment forms.

package main

import (
	"fmt"
	"time"
)

func main() {
	ch1 := make(chan string)
	ch2 := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch1 <- "from ch1"
	}()
	go func() {
		time.Sleep(60 * time.Millisecond)
		ch2 <- "from ch2"
	}()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-ch1:
			fmt.Println("Received", msg1)
		case msg2 := <-ch2:
			fmt.Println("Received", msg2)
		case <-time.After(3 * time.Second):
			fmt.Println("Timeout")
		}
	}

	// Timeout wins.
	slow := make(chan int)
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// Non-blocking send and receive.
	ch := make(chan int, 1)
	select {
	case ch <- 42:
		fmt.Println("Sent value")
	default:
		fmt.Println("Channel full, couldn't send")
	}
	select {
	case ch <- 43:
		fmt.Println("Sent value")
	default:
		fmt.Println("Channel full, couldn't send")
	}
	select {
	case value := <-ch:
		fmt.Println("Received", value)
	default:
		fmt.Println("Channel empty, couldn't receive")
	}
	select {
	case value := <-ch:
		fmt.Println("Received", value)
	default:
		fmt.Println("Channel empty, couldn't receive")
	}

	// Assignment forms: =, :=, comma-ok, to a map element and a field.
	var x int
	var ok bool
	m := map[string]int{}
	type T struct{ f int }
	var t T
	c := make(chan int, 4)
	c <- 1
	c <- 2
	c <- 3
	close(c)
	select {
	case x = <-c:
	}
	select {
	case m["k"] = <-c:
	case <-time.After(time.Second):
	}
	select {
	case t.f, ok = <-c:
	default:
	}
	fmt.Println(x, m["k"], t.f, ok)
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	case <-time.After(time.Second):
	}

	// A select with only send cases.
	a, b := make(chan int, 1), make(chan int, 1)
	a <- 0
	select {
	case a <- 1:
		fmt.Println("sent a")
	case b <- 2:
		fmt.Println("sent b")
	}
	fmt.Println(len(a), len(b), <-b)

	// break inside select leaves the select only; labeled break leaves
	// the loop.
	n := 0
loop:
	for {
		select {
		case <-time.After(time.Millisecond):
			n++
			if n < 3 {
				break
			}
			break loop
		}
	}
	fmt.Println("n", n)

	// Only a default.
	select {
	default:
		fmt.Println("only default")
	}
}
