// run
// exit 2
// stderr "^panic: interface conversion: interface is nil, not main.I\n"

package main

type I interface{ M() }

func main() {
	var x interface{}
	_ = x.(I)
}