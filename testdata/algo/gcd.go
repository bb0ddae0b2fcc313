// run

// Euclid's algorithm, the extended form, least common multiples, and
// modular exponentiation and inverses.

package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func powMod(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func main() {
	pairs := [][2]int{{48, 18}, {17, 5}, {0, 9}, {270, 192}, {-12, 18}, {1071, 462}}
	for _, p := range pairs {
		fmt.Println("gcd", p[0], p[1], "=", gcd(p[0], p[1]))
	}
	fmt.Println("lcm 4 6 =", lcm(4, 6), "lcm 21 6 =", lcm(21, 6))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)

	g, x, y := extGCD(240, 46)
	fmt.Println("extgcd 240 46:", g, x, y, 240*x+46*y)

	fmt.Println(powMod(2, 10, 1000), powMod(3, 200, 1000000007), powMod(7, 0, 13))
	// Modular inverse of 3 mod 11 via Fermat.
	inv := powMod(3, 9, 11)
	fmt.Println("inverse of 3 mod 11:", inv, 3*inv%11)
}
