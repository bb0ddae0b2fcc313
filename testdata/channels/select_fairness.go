// run

// When several cases are ready, select picks one uniformly at random:
// over many iterations every case wins a fair share.

package main

import "fmt"

func main() {
	const n = 40000
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	var counts [3]int
	for i := 0; i < n; i++ {
		a <- 1
		b <- 1
		c <- 1
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	for i, k := range counts {
		// Expect n/3 = 13333 each; 5 sigma is about 470.
		fair := k > n/3-1000 && k < n/3+1000
		fmt.Println("case", i, "fair:", fair)
	}

	// Send cases too.
	x := make(chan int, 1)
	y := make(chan int, 1)
	var sends [2]int
	for i := 0; i < 10000; i++ {
		select {
		case x <- 1:
			sends[0]++
			<-x
		case y <- 1:
			sends[1]++
			<-y
		}
	}
	fmt.Println(sends[0] > 4500 && sends[1] > 4500, sends[0]+sends[1])

	// The same channel in several cases.
	d := make(chan int, 1)
	var same [2]int
	for i := 0; i < 10000; i++ {
		d <- i
		select {
		case <-d:
			same[0]++
		case <-d:
			same[1]++
		}
	}
	fmt.Println(same[0] > 4500 && same[1] > 4500)
}
