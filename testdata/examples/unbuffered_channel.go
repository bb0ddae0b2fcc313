// run

// The seed's "Unbuffered Channels" sample (package clause and import added).

package main

import "fmt"

func main() {
    ch := make(chan string) // unbuffered channel
    
    go func() {
        // This send will block until main() receives
        ch <- "Hello from goroutine"
    }()
    
    // This receive will block until the goroutine sends
    message := <-ch
    fmt.Println(message)
}
