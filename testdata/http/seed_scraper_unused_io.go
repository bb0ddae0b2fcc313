// errorcheck
package main

import (
    "fmt"
    "io" // ERROR ".io. imported and not used|imported and not used: .io."
    "net/http"
    "sync"
    "time"
)

type Result struct {
    URL      string
    Status   int
    Duration time.Duration
    Error    error
}

func fetchURL(url string, results chan<- Result, wg *sync.WaitGroup) {
    defer wg.Done()
    
    start := time.Now()
    resp, err := http.Get(url)
    duration := time.Since(start)
    
    result := Result{
        URL:      url,
        Duration: duration,
    }
    
    if err != nil {
        result.Error = err
        results <- result
        return
    }
    defer resp.Body.Close()
    
    result.Status = resp.StatusCode
    results <- result
}

func main() {
    urls := []string{
        "https://google.com",
        "https://github.com",
        "https://stackoverflow.com",
        "https://reddit.com",
        "https://twitter.com",
    }
    
    results := make(chan Result, len(urls))
    var wg sync.WaitGroup
    
    // Start time
    start := time.Now()
    
    // Launch goroutine for each URL
    for _, url := range urls {
        wg.Add(1)
        go fetchURL(url, results, &wg)
    }
    
    // Wait for all goroutines to complete
    wg.Wait()
    close(results)
    
    // Print results
    fmt.Printf("Total time: %v\n\n", time.Since(start))
    
    for result := range results {
        if result.Error != nil {
            fmt.Printf("❌ %s failed: %v (took %v)\n", 
                result.URL, result.Error, result.Duration)
        } else {
            fmt.Printf("✓ %s returned %d (took %v)\n", 
                result.URL, result.Status, result.Duration)
        }
    }
}
