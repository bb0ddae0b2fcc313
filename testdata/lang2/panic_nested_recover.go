// run

// recover returns nil outside a panic and only works in the deferred function itself.

package main

import "fmt"

func helper() interface{} { return recover() }

func a() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("a recovered ", r)
		}
	}()
	b()
	return "a normal"
}

func b() {
	defer func() {
		fmt.Println("b helper recover:", helper())
	}()
	panic("from b")
}

func c() {
	defer func() {
		r := recover()
		fmt.Println("c recovered", r)
	}()
	defer func() {
		panic("replaced")
	}()
	panic("original")
}

func main() {
	fmt.Println(recover())
	fmt.Println(a())
	c()
	func() {
		defer func() { fmt.Println("inner:", recover()) }()
		var m map[string][]int
		fmt.Println(len(m["x"]))
		panic(42)
	}()
	fmt.Println("done")
}
