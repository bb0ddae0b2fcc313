// errorcheck

// ... is only allowed on the final parameter, and only in calls with a matching slice.

package main

func f(xs ...int, y int) {} // ERROR "can only use \.\.\. with final parameter in list"

func g(xs ...int) {}

func main() {
	g(1, 2)
	x := 1
	g(x...) // ERROR "cannot use \.\.\. with non-slice|cannot use x \(variable of type int\) as \[\]int value"
}
