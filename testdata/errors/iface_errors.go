// errorcheck

// Interface satisfaction errors, worded as gc's.

package main

type I interface{ M() }
type J interface {
	M()
	N() int
}

type T struct{}

func (T) M() {}

type P struct{}

func (*P) M() {}

type W struct{}

func (W) M() int { return 0 }

func main() {
	var i I
	var t T
	var p P
	var j J
	i = t
	j = t // ERROR "cannot use t \(variable of type T\) as J value in assignment: T does not implement J \(missing method N\)"
	i = p // ERROR "cannot use p \(variable of type P\) as I value in assignment: P does not implement I \(method M has pointer receiver\)"
	i = &p
	i = W{} // ERROR "W does not implement I \(wrong type for method M\)"
	_ = i.(P) // ERROR "impossible type assertion: i.\(P\)$"
	_ = i.(*P)
	_ = t.(I) // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	_ = j
}
