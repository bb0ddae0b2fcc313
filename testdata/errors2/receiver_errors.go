// errorcheck

// Methods need a local named non-pointer, non-interface base type; fields and methods may not clash.

package main

type I interface{ M() }
type P *int
type T struct{ F int }

func (i I) M() {} // ERROR "invalid receiver type I \(pointer or interface type\)|invalid receiver"

func (p P) N() {} // ERROR "invalid receiver type P \(pointer or interface type\)|invalid receiver"

func (x int) Bad() {} // ERROR "cannot define new methods on non-local type int"

func (t T) F() {} // ERROR "field and method with the same name F"

func main() {}
