// run

// The seed's "Buffered Channels" sample (package clause and import added).

package main

import "fmt"

func main() {
    ch := make(chan int, 3) // buffered channel with capacity 3
    
    // These sends won't block because buffer has space
    ch <- 1
    ch <- 2
    ch <- 3
    
    // This would block: ch <- 4
    
    // Receive values
    fmt.Println(<-ch) // 1
    fmt.Println(<-ch) // 2
    fmt.Println(<-ch) // 3
}
