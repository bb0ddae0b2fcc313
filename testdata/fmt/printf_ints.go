// run

// Printf integer verbs: %d %b %o %O %x %X %c %q %U, widths, zero padding,
// left alignment, plus and space flags, and the # flag.

package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X\n", n, n, n, n, n, n)
	fmt.Printf("%#x|%#X|%#o|%#b\n", n, n, n, n)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|\n", 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d|\n", -42, -42, -42, -42, -42)
	fmt.Printf("%x|%X|%08x|%#08x|%-8x|\n", -255, 3054, 48879, 48879, 48879)
	fmt.Printf("%.3d|%6.3d|%-6.3d|%.0d|%.0d|\n", 7, 7, 7, 0, 1)

	// Characters.
	fmt.Printf("%c|%c|%c|%5c|%-3c|\n", 'G', 0x4E16, 97, 'x', 'y')
	fmt.Printf("%q|%q|%q|%#q\n", 'a', '\n', 0x1F600, 'b')
	fmt.Printf("%U|%#U|%U\n", 'G', '世', 0x1F600)

	// All sizes.
	var i8 int8 = -128
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d %d\n", i8, u8, i64, u64)
	fmt.Printf("%x %x %x %X\n", i8, u8, i64, u64)
	fmt.Printf("%b\n", u8)
	fmt.Printf("%v %v\n", i8, u64)

	// Width and precision from arguments.
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 12, 6, 12, 4, 12)

	// Percent sign.
	fmt.Printf("100%%\n")

	// Sprintf with integers in tables.
	for _, v := range []int{1, 22, 333, 4444} {
		fmt.Printf("[%6d] [%-6d] [%06d]\n", v, v, v)
	}
}
