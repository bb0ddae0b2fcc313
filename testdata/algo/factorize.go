// run

// Prime factorisation by trial division, divisor sums, perfect numbers
// and Euler's totient.

package main

import "fmt"

type Factor struct {
	P, K int
}

func factorize(n int) []Factor {
	var fs []Factor
	for p := 2; p*p <= n; p++ {
		k := 0
		for n%p == 0 {
			n /= p
			k++
		}
		if k > 0 {
			fs = append(fs, Factor{p, k})
		}
	}
	if n > 1 {
		fs = append(fs, Factor{n, 1})
	}
	return fs
}

func format(fs []Factor) string {
	s := ""
	for i, f := range fs {
		if i > 0 {
			s += " * "
		}
		if f.K == 1 {
			s += fmt.Sprint(f.P)
		} else {
			s += fmt.Sprintf("%d^%d", f.P, f.K)
		}
	}
	return s
}

func sigma(n int) int {
	s := 1
	for _, f := range factorize(n) {
		pk, sum := 1, 1
		for i := 0; i < f.K; i++ {
			pk *= f.P
			sum += pk
		}
		s *= sum
	}
	return s
}

func totient(n int) int {
	r := n
	for _, f := range factorize(n) {
		r = r / f.P * (f.P - 1)
	}
	return r
}

func main() {
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999999, 600851475143} {
		fmt.Printf("%d = %s\n", n, format(factorize(n)))
	}
	var perfect []int
	for n := 2; n < 10000; n++ {
		if sigma(n)-n == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
	fmt.Println("phi:", totient(1), totient(9), totient(36), totient(97), totient(1000000))
}
