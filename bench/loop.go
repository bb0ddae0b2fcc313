// Benchmark: loops over arrays and slices. A repeated sieve of
// Eratosthenes on a slice and an integer matrix multiply on fixed-size
// arrays, with a checksum so that nothing can be optimised away.
package main

import "fmt"

const sieveN = 2000000
const sieveRounds = 40
const matN = 400

var a, b, c [matN][matN]int

func sieve(composite []bool) int {
	for i := range composite {
		composite[i] = false
	}
	count := 0
	for i := 2; i < len(composite); i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < len(composite); j += i {
			composite[j] = true
		}
	}
	return count
}

func matmul() int {
	for i := 0; i < matN; i++ {
		for j := 0; j < matN; j++ {
			a[i][j] = (i*31 + j*17) % 101
			b[i][j] = (i*7 + j*13) % 103
		}
	}
	for i := 0; i < matN; i++ {
		for j := 0; j < matN; j++ {
			s := 0
			for k := 0; k < matN; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	sum := 0
	for i := 0; i < matN; i++ {
		sum += c[i][(i*7)%matN]
	}
	return sum
}

func main() {
	composite := make([]bool, sieveN)
	primes := 0
	for r := 0; r < sieveRounds; r++ {
		primes += sieve(composite)
	}
	fmt.Println("primes:", primes/sieveRounds)
	fmt.Println("matmul checksum:", matmul())
}
