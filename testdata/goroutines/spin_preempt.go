// run

// With one P, a goroutine spinning in a loop without calls is preempted
// (sysmon, back-edge polls), so main finishes its Sleep and prints.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	x := 0
	go func() {
		for {
			x++
		}
	}()
	go func() {
		for i := 0; ; i++ {
			if i < 0 {
				break
			}
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main finished its sleep")
}
