// errorcheck

// Strings are immutable and mismatched operand types do not mix.

package main

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\]"
	n := 1
	_ = s + n // ERROR "invalid operation: s \+ n \(mismatched types string and int\)"
	var r rune = 'a'
	var b byte = 'b'
	_ = r == b // ERROR "invalid operation: r == b \(mismatched types rune and byte\)"
	_ = s + string(r)
}
