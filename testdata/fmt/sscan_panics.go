// run
// exit 2
// stderr "panic: runtime error: invalid memory address or nil pointer dereference"

// The two panics Go's scanner does not turn into errors: storing into a
// nil *int after a successful scan, and a nil interface operand. Both are
// recoverable. A nil pointer of another type is an error, not a panic. The
// last call panics unrecovered.

package main

import "fmt"

type MyInt int

func try(name string, f func() (int, error)) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	n, err := f()
	fmt.Println(name, n, err)
}

func main() {
	var ip *int
	var mp *MyInt
	try("nil *int", func() (int, error) { return fmt.Sscan("5", ip) })
	try("nil *int, bad input", func() (int, error) { return fmt.Sscan("x", ip) })
	try("nil *MyInt", func() (int, error) { return fmt.Sscan("5", mp) })
	try("nil operand", func() (int, error) { return fmt.Sscan("5", nil) })
	var x int
	try("ok", func() (int, error) { return fmt.Sscan("5", &x) })
	fmt.Println(x)
	fmt.Sscan("6", ip)
}
