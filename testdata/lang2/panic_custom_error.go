// run
// exit 2
// stderr "panic: main.MyErr\{Code:7\}|panic: boom code 7"

// Panicking with an error value prints its Error() text.

package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("boom code %d", e.Code) }

func main() {
	defer fmt.Println("deferred before crash")
	panic(MyErr{7})
}
