// run
// exit 2
// stderr "^panic: runtime error: invalid memory address or nil pointer dereference\n\[signal SIGSEGV"

package main

type I interface{ M() }

func main() {
	var x I
	x.M()
}