// run

// time.Timer, Ticker, After, Tick, AfterFunc, Stop and Reset.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	fmt.Println("stop after fire:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("impossible")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped timer did not fire")
	}
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")

	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks", n)

	tick := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
	}
	fmt.Println("Tick works")
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)

	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() {
		done <- "AfterFunc ran"
	})
	fmt.Println(<-done)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("impossible") })
	fmt.Println("AfterFunc stopped:", af.Stop())

	// Timers ordered by deadline, whatever the creation order.
	out := make(chan int, 3)
	for _, ms := range []int{200, 10, 100} {
		ms := ms
		go func() {
			<-time.After(time.Duration(ms) * time.Millisecond)
			out <- ms
		}()
	}
	fmt.Println(<-out, <-out, <-out)
}
