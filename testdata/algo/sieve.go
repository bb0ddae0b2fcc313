// run

// Sieve of Eratosthenes: primes below 200 and the count below 100000.

package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n)
	composite[0], composite[1] = true, true
	for i := 2; i*i < n; i++ {
		if !composite[i] {
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	c := sieve(200)
	count := 0
	for i, isComp := range c {
		if !isComp {
			fmt.Print(i, " ")
			count++
			if count%15 == 0 {
				fmt.Println()
			}
		}
	}
	fmt.Println()
	big := sieve(100000)
	total := 0
	last := 0
	for i, isComp := range big {
		if !isComp {
			total++
			last = i
		}
	}
	fmt.Println("primes below 100000:", total, "largest:", last)
}
