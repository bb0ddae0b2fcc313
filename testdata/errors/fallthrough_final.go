// errorcheck

// fallthrough may not appear in the last case of a switch.

package main

import "fmt"

func main() {
	switch x := 1; x {
	case 1:
		fmt.Println(1)
		fallthrough
	case 2:
		fmt.Println(2)
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
