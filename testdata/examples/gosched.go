// run
// stdout 5 "^Main$"

// The seed's runtime.Gosched sample (package clause and imports added).
// main and the goroutine alternate; the goroutine's last lines may be cut
// off when main returns.

package main

import (
    "fmt"
    "runtime"
)

func main() {
    go func() {
        for i := 0; i < 5; i++ {
            fmt.Println("Goroutine")
            runtime.Gosched() // Yield to main
        }
    }()
    
    for i := 0; i < 5; i++ {
        fmt.Println("Main")
        runtime.Gosched() // Yield to goroutine
    }
}
