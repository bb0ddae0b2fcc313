// run
// server fixtures/slow_server.go

// The seed's concurrent web scraper (goroutines-guide.md, example 1; its
// fetchURL verbatim) with its five URLs on a local server in another
// process: fixtures/slow_server.go, started by the conformance runner,
// whose address is os.Args[1], answers each request after 300 ms. Every
// URL returns 200, and since the fetches run concurrently the total time
// stays close to the slowest single fetch (checked: under twice it).
package main

import (
	"fmt"
	"net/http"
	"os"
	"sort"
	"strings"
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
	base := "http://" + os.Args[1] + "/"
	urls := []string{
		base + "google.com",
		base + "github.com",
		base + "stackoverflow.com",
		base + "reddit.com",
		base + "twitter.com",
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
	total := time.Since(start)

	// Print results, in URL order (they arrive in any order); the times
	// vary, so they are checked rather than printed.
	var all []Result
	var slowest time.Duration
	for result := range results {
		all = append(all, result)
		if result.Duration > slowest {
			slowest = result.Duration
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].URL < all[j].URL })
	for _, result := range all {
		name := strings.TrimPrefix(result.URL, base)
		if result.Error != nil {
			fmt.Printf("❌ %s failed: %v\n", name, result.Error)
		} else {
			fmt.Printf("✓ %s returned %d\n", name, result.Status)
		}
	}
	if slowest < 300*time.Millisecond {
		fmt.Printf("slowest fetch %v: the server did not delay\n", slowest)
	}
	if total < 2*slowest {
		fmt.Println("concurrent: total time under twice the slowest fetch")
	} else {
		fmt.Printf("sequential? total %v, slowest fetch %v\n", total, slowest)
	}
}
