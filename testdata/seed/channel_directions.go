// errorcheck

// The seed's "Channel Directions" sample verbatim (package clause and
// import added): receiveOnly declares `value` and never uses it, which Go
// rejects. channel_directions_fixed.go is the runnable completion.

package main

import "fmt"

// Send-only channel
func sendOnly(ch chan<- int) {
    ch <- 42
    // Cannot receive: value := <-ch  // This would cause compile error
}

// Receive-only channel
func receiveOnly(ch <-chan int) {
    value := <-ch // ERROR "declared (and|but) not used"
    // Cannot send: ch <- 42  // This would cause compile error
}

// Bidirectional channel (can send and receive)
func bidirectional(ch chan int) {
    ch <- 42
    value := <-ch
    fmt.Println(value)
}

func main() {}
