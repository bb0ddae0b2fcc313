// run
// exit 2

// A WaitGroup counter below zero panics.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("zero")
	wg.Done()
}
