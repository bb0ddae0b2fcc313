// run

// fmt.Sscan/Sscanf errors, with Go's texts, and the partial counts: a
// value is stored as soon as it is scanned, the count says how many.

package main

import (
	"errors"
	"fmt"
	"io"
)

type T struct{ x int }

func show(n int, err error) {
	fmt.Printf("n=%d err=%v\n", n, err)
}

func main() {
	var i, j int
	var i8 int8
	var u8 uint8
	var u64 uint64
	var s string
	var f float64
	var f32 float32
	var b bool

	show(fmt.Sscan("abc", &i))
	show(fmt.Sscan("12 x", &i, &j))
	fmt.Println(i, j)
	show(fmt.Sscan("", &i))
	n, err := fmt.Sscan("   ", &s)
	fmt.Println(n, err == io.EOF, errors.Is(err, io.EOF))
	show(fmt.Sscan("5", &i, &j))
	show(fmt.Sscanf("1 2", "%d", &i))
	show(fmt.Sscanf("1", "%d %d", &i))
	show(fmt.Sscanf("1", "%d %d", &i, &j))
	show(fmt.Sscanf("x=1", "y=%d", &i))
	n, err = fmt.Sscanf("x", "x%d", &i)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscanf("a", "a%s", &s)
	fmt.Println(n, err, err == io.EOF)
	show(fmt.Sscanf("7", "%d%", &i))
	n, err = fmt.Sscanf("1", "%dx", &i)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)

	// Range and syntax errors of the conversions.
	show(fmt.Sscan("99999999999999999999", &i))
	show(fmt.Sscan("-99999999999999999999", &i))
	show(fmt.Sscan("200", &i8))
	show(fmt.Sscan("256", &u8))
	show(fmt.Sscan("18446744073709551616", &u64))
	show(fmt.Sscan("-1", &u8))
	show(fmt.Sscan("0x", &i))
	show(fmt.Sscan("1__0", &i))
	show(fmt.Sscan("1e400", &f))
	show(fmt.Sscan("1e39", &f32))
	show(fmt.Sscan("1.5p", &f))
	show(fmt.Sscan("0x1.8", &f))
	show(fmt.Sscan("-", &f))
	show(fmt.Sscan("abc", &f))
	show(fmt.Sscanf("é", "%c", &i8))
	show(fmt.Sscanf("Q+1", "%U", &i))

	// Bad verbs.
	show(fmt.Sscanf("1", "%s", &i))
	show(fmt.Sscanf("1", "%d", &s))
	show(fmt.Sscanf("1", "%x", &f))
	show(fmt.Sscanf("1", "%d", &b))
	show(fmt.Sscanf("1.5", "%5.2f", &f))

	// Strings and bools.
	show(fmt.Sscanf(`"abc`, "%q", &s))
	show(fmt.Sscanf(`abc`, "%q", &s))
	show(fmt.Sscanf(`"a\qb"`, "%q", &s))
	show(fmt.Sscanf("zz", "%x", &s))
	show(fmt.Sscanf("4g", "%x", &s))
	show(fmt.Sscan("trux", &b))
	show(fmt.Sscan("fals", &b))
	n, err = fmt.Sscan("yes", &b)
	fmt.Println(n, err, b)

	// Arguments that cannot be scanned.
	var t T
	var p *T
	var m map[string]int
	var ip *int
	var ints []int
	var e any
	show(fmt.Sscan("1", i))
	show(fmt.Sscan("1", &t))
	show(fmt.Sscan("1", p))
	show(fmt.Sscan("1", &m))
	show(fmt.Sscan("1", &ip))
	show(fmt.Sscan("1", &ints))
	show(fmt.Sscan("1", &e))
	show(fmt.Sscan("1 2", &i, T{}))
	fmt.Println(i)
}
