// run

// iota: in const blocks, skipped values, expressions, implicit repetition,
// typed iota constants and several iotas on one line.

package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "zero"
	x1 = iota
	x2
	_
	x4
)

type Bits uint8

const (
	F0 Bits = 1 << iota
	F1
	F2
	F3
)

const (
	first  = iota + 'a'
	second = iota + 'a'
)

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%T %d\n", Blue, Blue)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x4)
	fmt.Println(F0, F1, F2, F3, F0|F2|F3)
	fmt.Printf("%08b %T\n", F1|F3, F1)
	fmt.Println(first, second, string(rune(first)), string(rune(second)))

	// iota restarts in every const declaration.
	const single = iota
	const (
		p = iota * iota
		q
		r
	)
	fmt.Println(single, p, q, r)
}
