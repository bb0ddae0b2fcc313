// run

// Newlines in fmt's scanners: Sscan treats them as space, Sscanln stops at
// the first one ("unexpected newline", "expected newline"), Sscanf makes
// newlines in the input and the format match each other.

package main

import "fmt"

func main() {
	var a, b, c int
	var s string

	// Sscan: newlines are space.
	n, err := fmt.Sscan("1\n\n2\r\n 3", &a, &b, &c)
	fmt.Println(n, err, a, b, c)

	// Sscanln: the operands must be on the first line, followed by a
	// newline or the end of the input.
	n, err = fmt.Sscanln("4 5 6\n7", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("8 9\n10", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("11 12 13 14", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("15 16 17   \t", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("\n18", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("word\r\n", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanln("  19 x", &a)
	fmt.Println(n, err, a)

	// Sscanf: a newline in the format matches a newline (or the end) in
	// the input; spaces do not match newlines.
	n, err = fmt.Sscanf("1 2\n3", "%d %d\n%d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1   \n  2", "%d \n %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1\n", "%d\n", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1", "%d\n\n", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("x:\n5", "x:%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1x2", "%d %d", &a, &b)
	fmt.Println(n, err, a)
	var r1, r2 rune
	n, err = fmt.Sscanf("a\nb", "%c%c", &r1, &r2)
	fmt.Println(n, err, r1, r2)
	n, err = fmt.Sscanf("7\n", "%d%c", &a, &r1)
	fmt.Println(n, err, a, r1)
}
