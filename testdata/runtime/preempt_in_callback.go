// run

// fmt calls String methods on the runtime's own (g0) stack. A method that
// runs for long there gets preemption requests (sysmon asks any goroutine
// running for 10 ms to yield); its loop polls must not yield on g0, which
// would switch to the top of that stack and overwrite the runtime frames
// below (it did: memory corruption inside fmt). The request is honoured
// when fmt returns to the goroutine.

package main

import (
	"fmt"
	"time"
)

type slow int

func (s slow) String() string {
	deadline := time.Now().Add(25 * time.Millisecond)
	n := 0
	for time.Now().Before(deadline) {
		n++
	}
	return fmt.Sprintf("slow(%d) %v", int(s), n > 0)
}

func main() {
	done := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 5; i++ {
			time.Sleep(time.Millisecond)
			sum += i
		}
		done <- sum
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(slow(i))
		fmt.Printf("%-12v|\n", slow(i))
	}
	fmt.Println(<-done)
}
