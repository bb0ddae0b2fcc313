// run
// exit 2
// stderr "interface conversion: main.T is not main.Closer: missing method Close"

// Asserting to an interface the dynamic type lacks panics naming the missing method.

package main

import "fmt"

type Closer interface{ Close() error }
type T struct{}

func (T) Read() {}

func main() {
	var x interface{} = T{}
	_, ok := x.(Closer)
	fmt.Println(ok)
	c := x.(Closer)
	fmt.Println(c)
}
