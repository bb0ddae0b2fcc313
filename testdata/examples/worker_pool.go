// run
// stdout 1 "^Starting 3 workers\.\.\.$"
// stdout 1 "^Sending 10 jobs\.\.\.$"
// stdout 10 "^Task ([1-9]|10) completed in [0-9.]+(ns|µs|ms|s): Processed by worker [1-3]: Task-\1$"
// stdout 1 "^Task 1 completed"
// stdout 1 "^Task 2 completed"
// stdout 1 "^Task 3 completed"
// stdout 1 "^Task 4 completed"
// stdout 1 "^Task 5 completed"
// stdout 1 "^Task 6 completed"
// stdout 1 "^Task 7 completed"
// stdout 1 "^Task 8 completed"
// stdout 1 "^Task 9 completed"
// stdout 1 "^Task 10 completed"
// stdout 1 "^Worker 1 finished$"
// stdout 1 "^Worker 2 finished$"
// stdout 1 "^Worker 3 finished$"
// stdout 1 "^All tasks completed!$"

// The seed's Example 2 (Worker Pool Pattern), verbatim. Durations are
// random: every task must complete exactly once, by some worker, and
// every worker must finish.

package main

import (
    "fmt"
    "math/rand"
    "sync"
    "time"
)

type Task struct {
    ID       int
    Data     string
}

type Result struct {
    TaskID   int
    Output   string
    Duration time.Duration
}

// Worker function processes tasks from the jobs channel
func worker(id int, jobs <-chan Task, results chan<- Result, wg *sync.WaitGroup) {
    defer wg.Done()
    
    for job := range jobs {
        start := time.Now()
        
        // Simulate work with random duration
        processingTime := time.Duration(rand.Intn(1000)) * time.Millisecond
        time.Sleep(processingTime)
        
        result := Result{
            TaskID:   job.ID,
            Output:   fmt.Sprintf("Processed by worker %d: %s", id, job.Data),
            Duration: time.Since(start),
        }
        
        results <- result
    }
    
    fmt.Printf("Worker %d finished\n", id)
}

func main() {
    const numWorkers = 3
    const numJobs = 10
    
    jobs := make(chan Task, numJobs)
    results := make(chan Result, numJobs)
    
    var wg sync.WaitGroup
    
    // Start workers
    fmt.Printf("Starting %d workers...\n", numWorkers)
    for i := 1; i <= numWorkers; i++ {
        wg.Add(1)
        go worker(i, jobs, results, &wg)
    }
    
    // Send jobs
    fmt.Printf("Sending %d jobs...\n\n", numJobs)
    for i := 1; i <= numJobs; i++ {
        jobs <- Task{
            ID:   i,
            Data: fmt.Sprintf("Task-%d", i),
        }
    }
    close(jobs) // No more jobs will be sent
    
    // Close results channel when all workers are done
    go func() {
        wg.Wait()
        close(results)
    }()
    
    // Collect results
    for result := range results {
        fmt.Printf("Task %d completed in %v: %s\n", 
            result.TaskID, result.Duration, result.Output)
    }
    
    fmt.Println("\nAll tasks completed!")
}
