// run

// Typed and untyped constants: untyped constants take the type required by
// context, default types, constant expressions evaluated exactly, and
// constant conversions.

package main

import "fmt"

const untypedInt = 10
const untypedFloat = 2.5
const typedInt int32 = 7
const untypedRune = 'x'
const untypedStr = "str"
const untypedBool = 3 > 2

type MyInt int

func main() {
	var f float64 = untypedInt // untyped int constant becomes float64
	var i8 int8 = untypedInt
	var m MyInt = untypedInt
	fmt.Println(f, i8, m)
	fmt.Printf("%T %T %T\n", f, i8, m)

	// Default types.
	a := untypedInt
	b := untypedFloat
	c := untypedRune
	d := untypedStr
	e := untypedBool
	g := untypedInt > 5.5 // comparison of untyped constants: untyped bool
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, g)

	// A typed constant keeps its type.
	t := typedInt * 2
	fmt.Printf("%T %v\n", t, t)

	// Untyped float constants that are integral may initialise ints.
	var n int = untypedFloat * 4
	fmt.Println(n)

	// Exact constant arithmetic.
	const third = 1.0 / 3
	fmt.Println(third, third*3)
	const intDiv = 7 / 2
	const floatDiv = 7 / 2.0
	fmt.Println(intDiv, floatDiv)

	// Mixed untyped kinds: rune + int stays a rune kind.
	r := 'a' + 1
	fmt.Printf("%T %v %c\n", r, r, r)

	// Constants in array sizes and shift counts.
	const size = 2 * 3
	var arr [size]bool
	fmt.Println(len(arr), 1<<size)

	// Typed constant expressions.
	const limit uint8 = 200
	const half = limit / 2
	fmt.Printf("%T %v\n", half, half)

	// Converting constants.
	const big = 1 << 40
	fmt.Println(int64(big), float32(big), big/1024)
	const fl = 1e3
	fmt.Println(int(fl), uint16(fl))
}
