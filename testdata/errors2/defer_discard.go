// errorcheck

// defer and go need function calls; some builtins cannot be deferred.

package main

func f() int { return 1 }

func main() {
	defer f()
	defer len("x") // ERROR "defer discards result of len\(.x.\)"
	defer int(3)   // ERROR "defer requires function call, not conversion"
	go f()
}
