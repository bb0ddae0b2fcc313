// run

// Switch forms: init statements, multiple values per case, no-tag, types of tags.

package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n < 0, n > 100:
		return "invalid"
	}
	return "C"
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	return "other"
}

func main() {
	for _, n := range []int{95, 85, 50, -1, 101} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for _, r := range "hi you" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
		fallthrough
	case 11:
		fmt.Println("fell")
	case 12:
		fmt.Println("no")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched concat")
	}
	type pair struct{ a, b int }
	switch (pair{1, 2}) {
	case pair{2, 1}:
		fmt.Println("wrong")
	case pair{1, 2}:
		fmt.Println("struct case")
	}
	var e interface{} = 3
	switch e {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
}
