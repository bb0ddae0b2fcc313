// run

// switch: with an init statement, tagless, several values per case,
// fallthrough, default in the middle, and no automatic fallthrough.

package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "other"
}

func calls(s string) string {
	fmt.Println("  eval", s)
	return s
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
	for _, c := range []byte("a1 x") {
		fmt.Println(string(c), kind(c))
	}

	// Init statement, scoped to the switch.
	switch x := 5 * 5; {
	case x > 20:
		fmt.Println("big", x)
	case x > 10:
		fmt.Println("medium", x)
	}

	switch n := 3; n {
	case 1:
		fmt.Println("one")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four (via fallthrough)")
		fallthrough
	default:
		fmt.Println("default (via fallthrough)")
	case 5:
		fmt.Println("five")
	}

	// Default in the middle is only taken when nothing matches.
	for _, v := range []int{1, 2, 3} {
		switch v {
		case 1:
			fmt.Println("v=1")
		default:
			fmt.Println("v default", v)
		case 3:
			fmt.Println("v=3")
		}
	}

	// Cases are evaluated in order, stopping at the first match.
	switch "b" {
	case calls("a"), calls("b"), calls("c"):
		fmt.Println("matched b")
	case calls("d"):
		fmt.Println("not reached")
	}

	// Empty switch and switch on strings, bools and types of values.
	switch {
	}
	lang := "go"
	switch lang {
	case "c":
		fmt.Println("C")
	case "go":
		fmt.Println("Go")
	}
	switch true {
	case 1 > 2:
		fmt.Println("no")
	case 2 > 1:
		fmt.Println("yes")
	}

	// break inside switch.
	switch {
	case true:
		if lang == "go" {
			break
		}
		fmt.Println("unreachable")
	}
	fmt.Println("done")
}
