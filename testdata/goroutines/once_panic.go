// run

// A panicking f still counts as done: the second Do does not call its f
// (Go's once.go defers the store).

package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("in f") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second call ran:", ran)
	var o2 sync.Once
	n := 0
	for i := 0; i < 3; i++ {
		o2.Do(func() { n++ })
	}
	fmt.Println(n)
}
