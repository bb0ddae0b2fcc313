// run

// The seed's "Non-blocking Channel Operations" sample (package clause and
// import added).

package main

import "fmt"

func main() {
    ch := make(chan int, 1)
    
    // Non-blocking send
    select {
    case ch <- 42:
        fmt.Println("Sent value")
    default:
        fmt.Println("Channel full, couldn't send")
    }
    
    // Non-blocking receive
    select {
    case value := <-ch:
        fmt.Println("Received", value)
    default:
        fmt.Println("Channel empty, couldn't receive")
    }
}
