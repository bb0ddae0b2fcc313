// skip
// gorun bug: after the syntax-level error "expression in defer must be function call" (line 11) gorun reports no further errors, so lines 12-13 go undiagnosed; repro: func f(){}; func main(){ defer f; var x int = "s"; _ = x } reports only the defer error (Go 1.19 reports both)

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
