// run
// exit 2
// stderr "runtime error: comparing uncomparable type \[\]int"

// Comparing interfaces holding uncomparable values panics.

package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	var c interface{} = 5
	fmt.Println(a == c)
	fmt.Println(a == b)
}
