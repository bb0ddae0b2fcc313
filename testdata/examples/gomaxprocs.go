// run
// stdout 1 "^Current GOMAXPROCS: [1-9][0-9]*$"

// The seed's runtime.GOMAXPROCS sample (package clause and fmt added).

package main

import "fmt"

import "runtime"

func main() {
    // Get current setting
    n := runtime.GOMAXPROCS(0)
    fmt.Println("Current GOMAXPROCS:", n)
    
    // Set to 4 CPUs
    runtime.GOMAXPROCS(4)
}
