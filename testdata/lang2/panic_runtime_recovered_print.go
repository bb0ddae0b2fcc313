// run
// exit 2
// stderr "panic: runtime error: index out of range \[7\] with length 2 \[recovered\]"
// stderr "panic: wrapped: runtime error: index out of range \[7\] with length 2"

// A recovered runtime error re-panicked with a new value prints both.

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("wrapped: ", r))
	}()
	s := []int{1, 2}
	i := 7
	fmt.Println(s[i])
}
