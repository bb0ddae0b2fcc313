// errorcheck

// An expression statement must be a call or a receive; a value that is
// computed and dropped is an error.

package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	len("abc") // ERROR "len\(.abc.\) \(.*\) is not used"
	f()
}
