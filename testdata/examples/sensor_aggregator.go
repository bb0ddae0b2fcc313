// run
// stdout 1 "^Starting 3 sensors\.\.\.$"
// stdout "^Sensor [1-3]: Temp=(2[0-9]|30)\.[0-9]°C, Humidity=([5-7][0-9]|80)\.[0-9]%$"
// stdout "^=== Aggregated Data ===$"
// stdout "^Average Temperature: (2[0-9]|30)\.[0-9][0-9]°C$"
// stdout "^Total Readings: [0-9]+$"
// stdout 1 "^Stopping sensors\.\.\.$"
// stdout 1 "^Sensor 1 stopped$"
// stdout 1 "^Sensor 2 stopped$"
// stdout 1 "^Sensor 3 stopped$"
// stdout 1 "^System shutdown complete$"

// The seed's Example 3 (Real-time Data Aggregator), verbatim: three
// sensors tick every 500ms for 10s, the aggregator reports every 2s (at 2,
// 4, 6 and 8s, and at 10s when it wins the race with the stop). Readings after the
// stop may read zero values from the closed channel, as in Go.

package main

import (
    "fmt"
    "math/rand"
    "sync"
    "time"
)

type SensorReading struct {
    SensorID    int
    Temperature float64
    Humidity    float64
    Timestamp   time.Time
}

type AggregatedData struct {
    AvgTemperature float64
    AvgHumidity    float64
    ReadingCount   int
}

// Simulates a sensor that sends periodic readings
func sensor(id int, readings chan<- SensorReading, stop <-chan bool, wg *sync.WaitGroup) {
    defer wg.Done()
    
    ticker := time.NewTicker(500 * time.Millisecond)
    defer ticker.Stop()
    
    for {
        select {
        case <-stop:
            fmt.Printf("Sensor %d stopped\n", id)
            return
        case <-ticker.C:
            reading := SensorReading{
                SensorID:    id,
                Temperature: 20.0 + rand.Float64()*10.0, // 20-30°C
                Humidity:    50.0 + rand.Float64()*30.0, // 50-80%
                Timestamp:   time.Now(),
            }
            readings <- reading
        }
    }
}

// Aggregates sensor readings
func aggregator(readings <-chan SensorReading, stop <-chan bool) {
    var (
        totalTemp     float64
        totalHumidity float64
        count         int
    )
    
    ticker := time.NewTicker(2 * time.Second)
    defer ticker.Stop()
    
    for {
        select {
        case <-stop:
            fmt.Println("Aggregator stopped")
            return
            
        case reading := <-readings:
            totalTemp += reading.Temperature
            totalHumidity += reading.Humidity
            count++
            fmt.Printf("Sensor %d: Temp=%.1f°C, Humidity=%.1f%%\n", 
                reading.SensorID, reading.Temperature, reading.Humidity)
            
        case <-ticker.C:
            if count > 0 {
                fmt.Printf("\n=== Aggregated Data ===\n")
                fmt.Printf("Average Temperature: %.2f°C\n", totalTemp/float64(count))
                fmt.Printf("Average Humidity: %.2f%%\n", totalHumidity/float64(count))
                fmt.Printf("Total Readings: %d\n\n", count)
            }
        }
    }
}

func main() {
    const numSensors = 3
    
    readings := make(chan SensorReading, 10)
    stopSensors := make(chan bool)
    stopAggregator := make(chan bool)
    
    var wg sync.WaitGroup
    
    // Start sensors
    fmt.Printf("Starting %d sensors...\n\n", numSensors)
    for i := 1; i <= numSensors; i++ {
        wg.Add(1)
        go sensor(i, readings, stopSensors, &wg)
    }
    
    // Start aggregator
    go aggregator(readings, stopAggregator)
    
    // Run for 10 seconds
    time.Sleep(10 * time.Second)
    
    // Stop sensors
    fmt.Println("\nStopping sensors...")
    close(stopSensors)
    wg.Wait()
    
    // Stop aggregator
    close(stopAggregator)
    close(readings)
    
    time.Sleep(time.Second) // Let aggregator finish
    fmt.Println("System shutdown complete")
}
