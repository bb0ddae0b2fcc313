// errorcheck

// Argument count and type errors, including variadic calls.

package main

func f(a int, b string) {}
func v(xs ...int)       {}

func main() {
	f(1, 2)      // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to f"
	f(1)         // ERROR "not enough arguments in call to f"
	f(1, "a", 3) // ERROR "too many arguments in call to f"
	v(1, 2, 3)
	s := []string{"a"}
	v(s...)           // ERROR "cannot use s \(variable of type \[\]string\) as \[\]int value in argument to v"
	v(1, []int{2}...) // ERROR "have \(number, \.\.\.int\)|can only use \.\.\. with final argument|too many arguments"
}
