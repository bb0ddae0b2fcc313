// errorcheck

// Functions with results must end in a terminating statement.

package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for {
	}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d(x int) (r int) {
	if x > 0 {
		return
	} else {
		return 2
	}
}

func e() int {
	panic("no")
}

func main() {
	_, _, _, _, _ = a(1), b(1), c(1), d(1), e()
}
