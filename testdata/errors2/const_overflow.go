// errorcheck

// Constant overflow and truncation.

package main

func main() {
	var a int8 = 200 // ERROR "cannot use 200 \(untyped int constant\) as int8 value in variable declaration \(overflows\)|constant 200 overflows int8"
	var b uint = -1  // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)|constant -1 overflows uint"
	var c int = 2.5  // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)|constant 2.5 truncated"
	const big = 1 << 70
	var d int64 = big // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int64 value in variable declaration \(overflows\)|overflows"
	_, _, _, _ = a, b, c, d
}
