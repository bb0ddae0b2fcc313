// run
// go1.22

// The min and max builtins (Go 1.21): any number of ordered arguments of
// one type, constants folded at compile time, strings compared bytewise.
//
// Golden written by hand (the check runs Go 1.19, which lacks min/max).
// Go 1.22 prints:
//   min(3, 1, 2) = 1, max(3, 1, 2) = 3 for ints;
//   floats: min(2.5, -1.5) = -1.5, max(2.5, -1.5, 0) = 2.5;
//   strings: min("b", "a", "c") = "a", max = "c";
//   a constant expression min(1, 2.5) is the untyped float constant 1,
//   printed by Println as float64 1 -> "1";
//   single argument: min(7) = 7;
//   clamp(15, 0, 10) = 10, clamp(-3, 0, 10) = 0, clamp(5, 0, 10) = 5;
//   with u8 = 200 of type uint8: max(u8, 100) = 200, min(u8, 255) = 200.

package main

import "fmt"

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

func main() {
	a, b, c := 3, 1, 2
	fmt.Println(min(a, b, c), max(a, b, c))
	x, y := 2.5, -1.5
	fmt.Println(min(x, y), max(x, y, 0))
	s1, s2, s3 := "b", "a", "c"
	fmt.Println(min(s1, s2, s3), max(s1, s2, s3))
	fmt.Println(min(1, 2.5), min(7))
	fmt.Println(clamp(15, 0, 10), clamp(-3, 0, 10), clamp(5, 0, 10))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
}
