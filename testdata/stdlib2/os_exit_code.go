// run
// exit 3
// stderr "fatal: bad things"

// os.Exit with a status; deferred calls do not run; stdout written so far is kept.

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "fatal: bad things")
	os.Exit(3)
}
