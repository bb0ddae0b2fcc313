// run

// The seed's runtime.NumGoroutine sample (package clause and imports
// added).

package main

import (
    "fmt"
    "runtime"
    "time"
)

func main() {
    fmt.Println("Goroutines:", runtime.NumGoroutine()) // 1
    
    for i := 0; i < 10; i++ {
        go func() {
            time.Sleep(time.Second)
        }()
    }
    
    fmt.Println("Goroutines:", runtime.NumGoroutine()) // 11
}
