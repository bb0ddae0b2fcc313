// errorcheck

// Binary operators need operands of identical types.

package main

func main() {
	x := 1
	y := "a"
	_ = x + y // ERROR "invalid operation: x \+ y \(mismatched types int and string\)"
	var i int32 = 1
	var j int64 = 2
	_ = i < j // ERROR "invalid operation: i < j \(mismatched types int32 and int64\)"
}
