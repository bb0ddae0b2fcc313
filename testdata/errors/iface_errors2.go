// errorcheck

// Interface errors in calls, returns, type switches and method calls.

package main

type I interface{ M() }

type P struct{}

func (*P) M() {}

type Q struct{}

func take(i I) {}

func give() I {
	return Q{} // ERROR "cannot use Q\{\} \(value of type Q\) as I value in return statement: Q does not implement I \(missing method M\)"
}

func main() {
	var i I = &P{}
	take(Q{}) // ERROR "cannot use Q\{\} \(value of type Q\) as I value in argument to take: Q does not implement I \(missing method M\)"
	switch i.(type) {
	case P: // ERROR "impossible type switch case: i \(variable of type I\) cannot have dynamic type P \(method M has pointer receiver\)"
	case *P:
	}
	i.N() // ERROR "i.N undefined \(type I has no field or method N\)"
	var e error = Q{} // ERROR "Q does not implement error \(missing method Error\)"
	_ = e
	_ = give
}
