// run
// exit 2
// stderr "^panic: interface conversion: interface \{\} is nil, not string\n"

package main

func main() {
	var x interface{}
	_ = x.(string)
}