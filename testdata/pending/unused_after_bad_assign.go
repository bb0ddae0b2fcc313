// skip
// gorun bug: a variable whose only other use is an invalid assignment gets a follow-on "declared and not used: q" (line 11 here); gc reports only the assignment error on line 12. Also gorun prints the func type as "func(...interface{}) (int, error)" where gc says "func(a ...any) (n int, err error)"

// A failed assignment does not also produce an unused-variable error.

package main

import "fmt"

func main() {
	var q = fmt.Println
	q = 3 // ERROR "cannot use 3 \(untyped int constant\) as func\((a )?\.\.\.(any|interface\{\})\) \((n )?int, (err )?error\) value in assignment"
}
