// errorcheck

// The seed's "Closing Channels" sample verbatim (package clause and import
// added): it has no main function, which Go rejects when building the
// program; closing_channels_fixed.go is the runnable completion.

package main // ERROR "function main is undeclared in the main package"

import "fmt"

func producer(ch chan int) {
    for i := 0; i < 5; i++ {
        ch <- i
    }
    close(ch) // Signal that we're done sending
}

func consumer(ch chan int) {
    // Method 1: Check if channel is closed
    for {
        value, ok := <-ch
        if !ok {
            break // Channel is closed
        }
        fmt.Println(value)
    }
    
    // Method 2: Range over channel (automatically stops when closed)
    for value := range ch {
        fmt.Println(value)
    }
}
