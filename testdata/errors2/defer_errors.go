// errorcheck

// defer and go need function calls; some builtins cannot be deferred.

package main

func f() int { return 1 }

func main() {
	defer f()
	defer f // ERROR "expression in defer must be function call"
	defer len("x") // ERROR "defer discards result of len\(.x.\)|defer requires function call, not conversion|discards result"
	defer int(3) // ERROR "defer requires function call, not conversion"
	go f()
}
