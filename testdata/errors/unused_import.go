// errorcheck

// An imported package that is never used is an error.

package main

import (
	"fmt"
	"os" // ERROR ".os. imported and not used|imported and not used: .os."
)

func main() {
	fmt.Println("hi")
}
