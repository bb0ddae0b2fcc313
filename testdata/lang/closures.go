// run

// Closures: counters with private state, capture by reference, closures
// sharing a variable, and closures outliving their creating call.

package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (inc func(), get func() int) {
	v := 0
	inc = func() { v += 10 }
	get = func() int { return v }
	return
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())

	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())

	// Capture by reference: the closure sees later writes.
	x := 1
	show := func() int { return x }
	x = 42
	fmt.Println(show())

	// And writes through the closure are seen outside.
	setX := func(v int) { x = v }
	setX(7)
	fmt.Println(x)

	acc := adder(100)
	fmt.Println(acc(1), acc(10), acc(100))

	// A closure over a loop variable declared outside the loop.
	var fns []func() int
	i := 0
	for i < 3 {
		j := i * i // a new j each iteration
		fns = append(fns, func() int { return j })
		i++
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// All closures share one variable declared outside the loop.
	shared := 0
	var incs []func()
	for k := 0; k < 4; k++ {
		incs = append(incs, func() { shared++ })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("shared:", shared)

	// Immediately invoked function literal.
	sq := func(n int) int { return n * n }(9)
	fmt.Println(sq)

	// Closure capturing a struct and a slice.
	type acc2 struct{ total int }
	a := acc2{}
	list := []int{}
	record := func(v int) {
		a.total += v
		list = append(list, v)
	}
	record(3)
	record(4)
	fmt.Println(a.total, list)

	// Nested closures.
	outer := func() func() int {
		depth := 1
		return func() int {
			depth *= 2
			return depth
		}
	}()
	fmt.Println(outer(), outer(), outer())
}
