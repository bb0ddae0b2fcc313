// run
// stdout 1 "^Starting 3 workers with rate limit of 5 req/s$"
// stdout 20 "^Worker [1-3] processing request ([1-9]|1[0-9]|20)$"
// stdout 1 "^Worker [1-3] processing request 1$"
// stdout 1 "^Worker [1-3] processing request 20$"
// stdout 20 "^Request ([1-9]|1[0-9]|20) completed: Status 200 \(took (1[0-9][0-9]|[2-9][0-9][0-9])(\.[0-9]+)?ms\)$"
// stdout 1 "^Request 7 completed"
// stdout 1 "^Total requests: 20$"
// stdout 1 "^Total time: 4\.[0-2][0-9]*s$"
// stdout 1 "^Actual rate: 4\.[7-9][0-9] req/s$"

// The seed's Example 5 (Rate-Limited API Client), verbatim: 20 requests
// at 5 per second (a tick every 200ms) take about 4.1s.

package main

import (
    "fmt"
    "sync"
    "time"
)

type APIRequest struct {
    ID       int
    Endpoint string
}

type APIResponse struct {
    RequestID  int
    StatusCode int
    Duration   time.Duration
}

// Rate limiter using a ticker
func rateLimiter(requestsPerSecond int) <-chan time.Time {
    interval := time.Second / time.Duration(requestsPerSecond)
    ticker := time.NewTicker(interval)
    return ticker.C
}

func makeAPICall(req APIRequest) APIResponse {
    start := time.Now()
    
    // Simulate API call
    time.Sleep(100 * time.Millisecond)
    
    return APIResponse{
        RequestID:  req.ID,
        StatusCode: 200,
        Duration:   time.Since(start),
    }
}

func worker(id int, requests <-chan APIRequest, responses chan<- APIResponse, 
            limiter <-chan time.Time, wg *sync.WaitGroup) {
    defer wg.Done()
    
    for req := range requests {
        // Wait for rate limiter
        <-limiter
        
        fmt.Printf("Worker %d processing request %d\n", id, req.ID)
        response := makeAPICall(req)
        responses <- response
    }
}

func main() {
    const (
        numWorkers = 3
        numRequests = 20
        rateLimit = 5 // requests per second
    )
    
    requests := make(chan APIRequest, numRequests)
    responses := make(chan APIResponse, numRequests)
    limiter := rateLimiter(rateLimit)
    
    var wg sync.WaitGroup
    
    // Start workers
    fmt.Printf("Starting %d workers with rate limit of %d req/s\n\n", 
        numWorkers, rateLimit)
    
    for i := 1; i <= numWorkers; i++ {
        wg.Add(1)
        go worker(i, requests, responses, limiter, &wg)
    }
    
    // Send requests
    start := time.Now()
    for i := 1; i <= numRequests; i++ {
        requests <- APIRequest{
            ID:       i,
            Endpoint: fmt.Sprintf("/api/endpoint-%d", i),
        }
    }
    close(requests)
    
    // Close responses after all workers complete
    go func() {
        wg.Wait()
        close(responses)
    }()
    
    // Collect responses
    successCount := 0
    for response := range responses {
        successCount++
        fmt.Printf("Request %d completed: Status %d (took %v)\n", 
            response.RequestID, response.StatusCode, response.Duration)
    }
    
    totalDuration := time.Since(start)
    
    fmt.Printf("\n=== Summary ===\n")
    fmt.Printf("Total requests: %d\n", successCount)
    fmt.Printf("Total time: %v\n", totalDuration)
    fmt.Printf("Actual rate: %.2f req/s\n", 
        float64(successCount)/totalDuration.Seconds())
}
