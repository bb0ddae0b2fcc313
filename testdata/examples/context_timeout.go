// run
// stdout 1 "^Worker 1 cancelled$"
// stdout 1 "^Worker 2 cancelled$"
// stdout 1 "^Worker 3 cancelled$"
// stdout 1 "^Main function exiting$"
// stdout "^Worker 1 working\.\.\.$"
// stdout "^Worker 2 working\.\.\.$"
// stdout "^Worker 3 working\.\.\.$"

// The seed's "Context for Cancellation and Timeouts" sample (package
// clause added). Each worker works every 500ms for 2s: 4 times (at 0,
// 0.5, 1 and 1.5s; a fifth when its 2s check wins the race with the
// deadline), and is cancelled at its next check.

package main

import (
    "context"
    "fmt"
    "time"
)

func worker(ctx context.Context, id int) {
    for {
        select {
        case <-ctx.Done():
            fmt.Printf("Worker %d cancelled\n", id)
            return
        default:
            fmt.Printf("Worker %d working...\n", id)
            time.Sleep(500 * time.Millisecond)
        }
    }
}

func main() {
    // Create context with timeout
    ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
    defer cancel() // Always call cancel to release resources
    
    for i := 1; i <= 3; i++ {
        go worker(ctx, i)
    }
    
    // Wait for context to be done
    <-ctx.Done()
    fmt.Println("Main function exiting")
    time.Sleep(time.Second) // Give goroutines time to finish
}
