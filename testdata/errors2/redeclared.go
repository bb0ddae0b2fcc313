// errorcheck

// Redeclarations in the same scope.

package main

var g = 1
var g = 2 // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T struct{}

func (T) M() {}
func (T) M() {} // ERROR "method T.M already declared|M redeclared"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int
	var b string // ERROR "b redeclared in this block"
	_, _ = a, b
}
