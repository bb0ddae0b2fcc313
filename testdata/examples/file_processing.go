// run
// stdout 1 "^Started processing: data_2024_01\.csv \(50 MB\)$"
// stdout 1 "^Started processing: data_2024_06\.csv \(90 MB\)$"
// stdout 6 "^Started processing: data_2024_0[1-6]\.csv"
// stdout 6 "^(✓ data_2024_0[1-6]\.csv: [0-9]+ records in [0-9.]+s|✗ data_2024_0[1-6]\.csv: FAILED - processing error in file data_2024_0[1-6]\.csv)$"
// stdout 1 "^Total time: 10(\.0[0-9]*)?s$"
// stdout 1 "^Files processed: [0-6]/6$"
// stdout 1 "^Sequential time would have been: 45\.5s$"
// stdout 1 "^Speedup: 4\.[0-5][0-9]x$"

// The seed's Example 4 (Parallel File Processing), verbatim: six files
// processed at once take as long as the largest (10s), a speedup of about
// 4.5x over 45.5s sequentially; about one file in ten fails at random.

package main

import (
    "fmt"
    "math/rand"
    "sync"
    "time"
)

type File struct {
    Name string
    Size int // in MB
}

type ProcessResult struct {
    FileName     string
    Success      bool
    Duration     time.Duration
    RecordsProcessed int
    Error        error
}

func processFile(file File, results chan<- ProcessResult, wg *sync.WaitGroup) {
    defer wg.Done()
    
    start := time.Now()
    
    // Simulate file processing (100ms per MB)
    processingTime := time.Duration(file.Size*100) * time.Millisecond
    time.Sleep(processingTime)
    
    // Simulate occasional errors
    success := rand.Float32() > 0.1 // 90% success rate
    
    result := ProcessResult{
        FileName:         file.Name,
        Success:          success,
        Duration:         time.Since(start),
        RecordsProcessed: file.Size * 1000, // Simulate 1000 records per MB
    }
    
    if !success {
        result.Error = fmt.Errorf("processing error in file %s", file.Name)
    }
    
    results <- result
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
    
    fmt.Println("Starting parallel file processing...\n")
    start := time.Now()
    
    // Process all files concurrently
    for _, file := range files {
        wg.Add(1)
        go processFile(file, results, &wg)
        fmt.Printf("Started processing: %s (%d MB)\n", file.Name, file.Size)
    }
    
    // Wait for all processing to complete
    wg.Wait()
    close(results)
    
    totalDuration := time.Since(start)
    
    // Collect and display results
    fmt.Println("\n=== Processing Results ===")
    successCount := 0
    totalRecords := 0
    
    for result := range results {
        if result.Success {
            successCount++
            totalRecords += result.RecordsProcessed
            fmt.Printf("✓ %s: %d records in %v\n", 
                result.FileName, result.RecordsProcessed, result.Duration)
        } else {
            fmt.Printf("✗ %s: FAILED - %v\n", result.FileName, result.Error)
        }
    }
    
    fmt.Printf("\n=== Summary ===\n")
    fmt.Printf("Total time: %v\n", totalDuration)
    fmt.Printf("Files processed: %d/%d\n", successCount, len(files))
    fmt.Printf("Total records: %d\n", totalRecords)
    
    // Calculate what sequential processing would have taken
    var sequentialTime time.Duration
    for _, file := range files {
        sequentialTime += time.Duration(file.Size*100) * time.Millisecond
    }
    fmt.Printf("Sequential time would have been: %v\n", sequentialTime)
    fmt.Printf("Speedup: %.2fx\n", float64(sequentialTime)/float64(totalDuration))
}
