// errorcheck

// Type switch errors: duplicate cases, impossible cases, unused symbol.

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var i I = &T{}
	switch i.(type) {
	case *T:
	case *T: // ERROR "duplicate case \*T in type switch|duplicate case"
	}
	switch i.(type) {
	case T: // ERROR "impossible type switch case"
	}
	switch v := i.(type) { // ERROR "declared (and|but) not used"
	case *T:
	}
}
