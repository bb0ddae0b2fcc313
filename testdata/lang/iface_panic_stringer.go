// run
// exit 2
// stderr "^panic: S-value\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

type S int

func (s S) String() string { return "S-value" }

func main() {
	panic(S(3))
}