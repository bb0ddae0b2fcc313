// run

// complex64/complex128 arithmetic, real/imag, printing, equality.

package main

import (
	"fmt"
	"math"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b))
	var c complex64 = complex64(a)
	fmt.Println(c, c*c)
	fmt.Printf("%v %.2f %g %T %T\n", a, b, a*b, a, c)
	fmt.Println(a == complex(1, 2), a != b)
	fmt.Println(math.Hypot(real(b), imag(b)), complex(real(a), -imag(a)))
	z := 0i
	for i := 0; i < 4; i++ {
		z = z*a + 1
	}
	fmt.Println(z)
	fmt.Printf("%8.3f|%+.1e\n", a, b)
	const k = 2i * 2i
	fmt.Println(k, real(k))
}
