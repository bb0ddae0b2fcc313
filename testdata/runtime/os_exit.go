// run
// exit 3

// os.Exit ends the program at once with the given status; stdout written
// so far is kept.

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit")
	fmt.Print("no newline before exit")
	os.Exit(3)
	fmt.Println("unreachable")
}
