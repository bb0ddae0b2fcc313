// Package runtime: the scheduler controls a Go program sees. The
// scheduler itself is C++ (runtime/proc.cpp in the gorun tree).
package runtime

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting. When it returns, no more than n Ps run.
func GOMAXPROCS(n int) int {
	prev := setmaxprocs(n)
	for !procsSettled() {
		Gosched()
	}
	return prev
}

func setmaxprocs(n int) int
func procsSettled() bool

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. (Deferred calls are not run yet: defer is a later milestone.)
func Goexit()
