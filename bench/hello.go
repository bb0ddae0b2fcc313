// Benchmark: start-up time. Compare `gorun hello.go` with `go run hello.go`
// (warm build cache) and with the binary `go build` made.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world")
}
