// run
// exit 2
// stderr "panic: runtime error: hash of unhashable type \[\]int"

package main

func main() {
	m := map[interface{}]int{}
	m[[]int{1}] = 1
}
