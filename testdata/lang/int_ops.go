// run

// Integer operators: division truncates toward zero, % has the sign of
// the dividend, bitwise operators including &^.

package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)

	x, y := 0b1100, 0b1010
	fmt.Println(x&y, x|y, x^y, x&^y, ^x)
	fmt.Printf("%04b %04b %04b %04b\n", x&y, x|y, x^y, x&^y)

	var u uint8 = 0b10110011
	fmt.Println(^u, u>>4, u<<2, -u)

	// Literals in all bases, with underscores.
	fmt.Println(0x_FF, 0o17, 017, 0b1_0000, 1_000_000)

	// Operator precedence.
	fmt.Println(2+3*4, (2+3)*4, 1<<2+1, 10-4-3, 100/10/5, 7&3|8, 6^3&5)

	// Unary operators.
	n := 42
	fmt.Println(-n, +n, ^n, -(-n))

	// Compound assignment.
	v := 100
	v += 5
	v -= 3
	v *= 2
	v /= 4
	v %= 7
	fmt.Println(v)
	w := 0xF0
	w |= 0x0F
	w &= 0x3C
	w ^= 0xFF
	w <<= 3
	w >>= 1
	w &^= 0x10
	fmt.Println(w)
	v++
	w--
	fmt.Println(v, w)
}
