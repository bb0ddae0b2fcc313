// errorcheck

// A failed assignment does not also produce an unused-variable error.

package main

import "fmt"

func main() {
	var q = fmt.Println
	q = 3 // ERROR "cannot use 3 \(untyped int constant\) as func\((a )?\.\.\.(any|interface\{\})\) \((n )?int, (err )?error\) value in assignment"
}
