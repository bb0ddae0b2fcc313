// run

// Arbitrary-precision arithmetic on decimal digit slices: factorials,
// powers of two and large Fibonacci numbers.

package main

import "fmt"

// A Nat is a little-endian slice of base-10000 limbs.
type Nat []int

const base = 10000

func fromInt(n int) Nat {
	var z Nat
	for n > 0 {
		z = append(z, n%base)
		n /= base
	}
	return z
}

func (a Nat) Add(b Nat) Nat {
	var z Nat
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		z = append(z, s%base)
		carry = s / base
	}
	return z
}

func (a Nat) MulSmall(m int) Nat {
	var z Nat
	carry := 0
	for i := 0; i < len(a) || carry > 0; i++ {
		p := carry
		if i < len(a) {
			p += a[i] * m
		}
		z = append(z, p%base)
		carry = p / base
	}
	return z
}

func (a Nat) String() string {
	if len(a) == 0 {
		return "0"
	}
	s := fmt.Sprint(a[len(a)-1])
	for i := len(a) - 2; i >= 0; i-- {
		s += fmt.Sprintf("%04d", a[i])
	}
	return s
}

func main() {
	f := fromInt(1)
	for i := 1; i <= 50; i++ {
		f = f.MulSmall(i)
		if i%10 == 0 {
			fmt.Printf("%d! = %s\n", i, f.String())
		}
	}
	s := f.String()
	digitSum := 0
	for i := 0; i < len(s); i++ {
		digitSum += int(s[i] - '0')
	}
	fmt.Println("digits of 50!:", len(s), "digit sum:", digitSum)

	p := fromInt(1)
	for i := 0; i < 200; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^200 =", p.String())

	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(300) =", a.String())
}
