// run

// goto: backward jumps forming loops, forward jumps skipping code, and a
// state machine written with gotos.

package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func classify(s string) string {
	i := 0
	digits := 0
start:
	if i == len(s) {
		goto done
	}
	if s[i] >= '0' && s[i] <= '9' {
		digits++
		i++
		goto start
	}
	goto bad
done:
	if digits == 0 {
		goto bad
	}
	return "number"
bad:
	return "not a number"
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))

	i := 0
again:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto again
	}
	fmt.Println()

	for _, s := range []string{"123", "12x", "", "7"} {
		fmt.Printf("%q: %s\n", s, classify(s))
	}

	// A forward jump over statements (no declarations in between).
	n := 1
	if n > 0 {
		goto skip
	}
	fmt.Println("skipped")
skip:
	fmt.Println("after skip")
}
