// run
// stdout 1 "^Worker 1 starting$"
// stdout 1 "^Worker 5 starting$"
// stdout 5 "^Worker [1-5] starting$"
// stdout 1 "^Worker 1 done$"
// stdout 1 "^Worker 5 done$"
// stdout 5 "^Worker [1-5] done$"
// stdout 1 "^All workers completed$"

// The seed's "WaitGroups" sample (package clause added); workers start and
// finish in any order.

package main

import (
    "fmt"
    "sync"
    "time"
)

func worker(id int, wg *sync.WaitGroup) {
    defer wg.Done() // Signal completion when function returns
    
    fmt.Printf("Worker %d starting\n", id)
    time.Sleep(time.Second)
    fmt.Printf("Worker %d done\n", id)
}

func main() {
    var wg sync.WaitGroup
    
    for i := 1; i <= 5; i++ {
        wg.Add(1) // Increment counter
        go worker(i, &wg)
    }
    
    wg.Wait() // Block until counter is zero
    fmt.Println("All workers completed")
}
