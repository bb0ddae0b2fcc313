// run
// exit 2
// stderr "panic: 42"
// stderr "goroutine 1 \[running\]"

// panic with an integer.

package main

func f(n int) {
	if n == 0 {
		panic(42)
	}
	f(n - 1)
}

func main() {
	println("to stderr")
	f(3)
}
