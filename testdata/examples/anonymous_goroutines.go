// run
// stdout 1 "^Hello from anonymous goroutine$"
// stdout 1 "^Hello with parameter$"

// The seed's "Anonymous Goroutines" sample, verbatim; the two goroutines
// print in either order.

package main

import (
    "fmt"
    "time"
)

func main() {
    message := "Hello"
    
    // Anonymous goroutine
    go func() {
        fmt.Println(message, "from anonymous goroutine")
    }()
    
    // Anonymous goroutine with parameters
    go func(msg string) {
        fmt.Println(msg)
    }("Hello with parameter")
    
    time.Sleep(time.Second)
}
