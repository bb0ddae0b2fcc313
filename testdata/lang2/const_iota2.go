// run

// iota patterns: skips, expressions, typed constants with String.

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}

func (d Weekday) String() string { return names[d] }

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
)

func main() {
	fmt.Println(Sunday, Monday, Thursday, int(Thursday))
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	const big = 1 << 100
	fmt.Println(big >> 98)
}
