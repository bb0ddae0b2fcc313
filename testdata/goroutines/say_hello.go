// run

// The seed's first program: a goroutine prints while main sleeps.
package main

import (
	"fmt"
	"time"
)

func sayHello() {
	fmt.Println("Hello from goroutine")
}

func main() {
	// Regular function call - executes synchronously
	sayHello()

	// Goroutine - executes concurrently
	go sayHello()

	// Give goroutine time to execute
	time.Sleep(time.Second)
}
