// Package repl is what the REPL (tools/repl.cpp) wraps a bare expression
// in: `gorun` prints each value of the expression with its type, as
// "3.5 // float64". Inputs import it under a name no program can write.
package repl

import "fmt"

// Print prints each value as fmt's %#v, then " // " and its %T.
func Print(vs ...any) {
	for _, v := range vs {
		fmt.Printf("%#v // %T\n", v, v)
	}
}
