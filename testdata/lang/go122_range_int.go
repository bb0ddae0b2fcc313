// run
// go1.22

// range over an integer (Go 1.22): for i := range n iterates i = 0..n-1;
// n is evaluated once; a non-positive n runs zero times; the variable
// takes n's type.
//
// Golden written by hand (Go 1.19 rejects range over int). Go 1.22 prints:
//   "0 1 2 3 4" then a newline (Print with " " separators as written);
//   count of `for range 3` iterations: 3;
//   range over 0 and -2: no iterations, so "zero: 0";
//   n changed inside the loop does not change the trip count: "trips 4";
//   the type of i for `range u` with u uint8 is uint8;
//   the sum 0+1+...+99 = 4950.

package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	count := 0
	for range 3 {
		count++
	}
	fmt.Println("count", count)

	zero := 0
	for range 0 {
		zero++
	}
	for range -2 {
		zero++
	}
	fmt.Println("zero:", zero)

	n := 4
	trips := 0
	for range n {
		n = 100
		trips++
	}
	fmt.Println("trips", trips)

	var u uint8 = 2
	for i := range u {
		fmt.Printf("%T %d\n", i, i)
	}

	sum := 0
	for i := range 100 {
		sum += i
	}
	fmt.Println(sum)
}
