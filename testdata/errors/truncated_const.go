// errorcheck

// An untyped float constant converted to an integer type must be integral.

package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)|constant 1.5 truncated to integer"
	const big = 1 << 70
	var j int64 = big // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int64 value in variable declaration \(overflows\)|constant 1180591620717411303424 overflows int64"
	_, _ = i, j
}
