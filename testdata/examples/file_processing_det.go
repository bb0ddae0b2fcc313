// run

// Example 4 deterministic: files are "processed" for 10ms per 10 MB in
// parallel; the results are sorted, the failure is decided by the file
// name, and the elapsed time is checked against bounds rather than printed.

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type File struct {
	Name string
	Size int
}

type ProcessResult struct {
	FileName         string
	Success          bool
	RecordsProcessed int
}

func processFile(file File, results chan<- ProcessResult, wg *sync.WaitGroup) {
	time.Sleep(time.Duration(file.Size) * time.Millisecond)
	results <- ProcessResult{
		FileName:         file.Name,
		Success:          file.Size != 75,
		RecordsProcessed: file.Size * 1000,
	}
	wg.Done()
}

func main() {
	files := []File{
		{"data_2024_01.csv", 50},
		{"data_2024_02.csv", 75},
		{"data_2024_03.csv", 100},
		{"data_2024_04.csv", 60},
		{"data_2024_05.csv", 80},
		{"data_2024_06.csv", 90},
	}
	results := make(chan ProcessResult, len(files))
	var wg sync.WaitGroup
	start := time.Now()
	for _, file := range files {
		wg.Add(1)
		go processFile(file, results, &wg)
	}
	wg.Wait()
	close(results)
	total := time.Since(start)

	var all []ProcessResult
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].FileName < all[j].FileName })
	ok, records := 0, 0
	for _, r := range all {
		if r.Success {
			ok++
			records += r.RecordsProcessed
			fmt.Printf("ok %s: %d records\n", r.FileName, r.RecordsProcessed)
		} else {
			fmt.Printf("FAILED %s\n", r.FileName)
		}
	}
	var sequential time.Duration
	for _, f := range files {
		sequential += time.Duration(f.Size) * time.Millisecond
	}
	fmt.Printf("Files processed: %d/%d\n", ok, len(files))
	fmt.Printf("Total records: %d\n", records)
	fmt.Println("Sequential time would have been:", sequential.String())
	fmt.Println("parallel within bounds:", total >= 100*time.Millisecond && total < 300*time.Millisecond)
	fmt.Println("speedup above 1.5x:", float64(sequential)/float64(total) > 1.5)
}
