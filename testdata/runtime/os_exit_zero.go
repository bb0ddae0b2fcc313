// run

// os.Exit(0) from a nested call stops the program successfully.

package main

import (
	"fmt"
	"os"
)

func work(i int) {
	if i == 3 {
		fmt.Println("stopping at", i)
		os.Exit(0)
	}
	fmt.Println("working", i)
}

func main() {
	for i := 0; ; i++ {
		work(i)
	}
}
