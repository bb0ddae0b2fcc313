// run

// Closing: receivers drain the buffer, then get zero values with ok ==
// false; range stops; close wakes every blocked receiver.

package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch), cap(ch))

	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)

	r := make(chan int, 5)
	for i := 0; i < 5; i++ {
		r <- i
	}
	close(r)
	for x := range r {
		fmt.Print(x, " ")
	}
	fmt.Println()

	// close wakes every blocked receiver.
	done := make(chan struct{})
	var wg sync.WaitGroup
	results := make(chan bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			_, ok := <-done
			results <- ok
			wg.Done()
		}()
	}
	close(done)
	wg.Wait()
	close(results)
	n := 0
	for ok := range results {
		if !ok {
			n++
		}
	}
	fmt.Println("woken", n)

	// The closing-channels pattern: producer closes, consumer checks.
	data := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		close(data)
	}()
	for {
		value, ok := <-data
		if !ok {
			break
		}
		fmt.Println(value)
	}
}
