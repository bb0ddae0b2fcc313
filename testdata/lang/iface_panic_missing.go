// run
// exit 2
// stderr "^panic: interface conversion: main.T is not main.I: missing method M\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

type I interface{ M() }
type T struct{}

func (T) N() {}

func main() {
	var x interface{} = T{}
	_ = x.(I)
}