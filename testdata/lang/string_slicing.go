// run

// Slicing strings yields substrings sharing bytes; bounds are byte offsets.

package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[7:7] == "")
	fmt.Println(len(s[3:8]), s[3:8])

	// Slicing in the middle of a multi-byte rune gives invalid UTF-8 bytes.
	j := "日本語"
	fmt.Println(len(j), j[0:3], j[3:6], j[6:])
	fmt.Printf("%q %x\n", j[1:4], j[1:4])

	// Finding a substring by hand.
	find := func(hay, needle string) int {
		for i := 0; i+len(needle) <= len(hay); i++ {
			if hay[i:i+len(needle)] == needle {
				return i
			}
		}
		return -1
	}
	fmt.Println(find(s, "World"), find(s, "o"), find(s, "xyz"), find(s, ""))

	// Splitting on a separator by hand.
	csv := "alpha,beta,,gamma"
	start := 0
	for i := 0; i <= len(csv); i++ {
		if i == len(csv) || csv[i] == ',' {
			fmt.Printf("[%s]", csv[start:i])
			start = i + 1
		}
	}
	fmt.Println()

	// Trim spaces by hand.
	padded := "   spaced out  "
	lo, hi := 0, len(padded)
	for lo < hi && padded[lo] == ' ' {
		lo++
	}
	for hi > lo && padded[hi-1] == ' ' {
		hi--
	}
	fmt.Printf("%q\n", padded[lo:hi])

	// Prefix and suffix tests.
	hasPrefix := func(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
	hasSuffix := func(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }
	fmt.Println(hasPrefix(s, "Hell"), hasPrefix(s, "World"), hasSuffix(s, "World"), hasSuffix("x", "xx"))
}
