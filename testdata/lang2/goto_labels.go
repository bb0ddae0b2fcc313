// run

// goto, labelled break/continue, fallthrough, tagless switch.

package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			if b == 2 {
				continue outer
			}
			if a == 3 {
				break outer
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println()
	for n := 0; n < 6; n++ {
		switch {
		case n == 0:
			fmt.Print("zero ")
			fallthrough
		case n < 3:
			fmt.Print("small ")
		case n == 4:
			fmt.Print("four ")
			break
		default:
			fmt.Print("big ")
		}
	}
	fmt.Println()
	j := 0
sw:
	switch {
	case j == 0:
		for {
			j++
			if j > 3 {
				break sw
			}
		}
	}
	fmt.Println("j", j)
	goto end
end:
	fmt.Println("end")
}
