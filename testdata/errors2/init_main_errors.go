// errorcheck

// init cannot be called or referenced; main and init take no arguments and return nothing.

package main

func init() {}

func helper() {
	init() // ERROR "undefined: init"
}

func main() {
	f := init // ERROR "undefined: init"
	_ = f
	helper()
}
