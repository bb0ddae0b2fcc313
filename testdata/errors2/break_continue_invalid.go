// errorcheck

// break/continue outside loops and with bad labels.

package main

func main() {
	continue // ERROR "continue is not in a loop"
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
L:
	if true {
		break L // ERROR "invalid break label L"
	}
	for {
		continue L // ERROR "invalid continue label L"
	}
}
