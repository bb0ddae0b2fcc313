// run

// Untyped constants have arbitrary precision: huge intermediate values are
// fine as long as the final value fits its type.

package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Back  = Huge >> 197
)

const (
	e  = 2.71828182845904523536028747135266249775724709369995957496696763
	pi = 3.14159265358979323846264338327950288419716939937510582097494459
)

const maxU64 = 1<<64 - 1

func main() {
	fmt.Println(Small, Back)
	fmt.Println(1<<100>>98, Big/(1<<90))
	fmt.Println(Big%7, (Big+1)%1000)

	var u uint64 = maxU64
	fmt.Println(u, maxU64>>32)

	// Float constants keep precision beyond float64 until converted.
	fmt.Println(pi, e, pi*e)
	const x = 1e400
	fmt.Println(x/1e390, x*1e-350)
	const tiny = 1e-400
	fmt.Println(tiny*1e395, tiny*1e400 == 1)

	// Integer constant arithmetic exceeding 64 bits in the middle.
	const m = (1<<70 + 5) - 1<<70
	fmt.Println(m)
	const neg = -(1 << 63)
	var mn int64 = neg
	fmt.Println(mn)

	// Constant division is exact for untyped floats.
	const r = 10.0 / 4
	var ri int = r * 2
	fmt.Println(r, ri)

	// Rune constants are integers.
	const letters = 'z' - 'a' + 1
	fmt.Println(letters)
}
