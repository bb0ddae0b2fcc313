// run

// defer (LIFO, arguments at the defer statement, named results), panic,
// recover (directly only; runtime errors as runtime.Error values; re-panic;
// nil map writes; defer recover() does not recover).

package main

import "fmt"

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

type T struct{ n int }

func (t T) show(tag string)   { fmt.Println("show", tag, t.n) }
func (t *T) pshow(tag string) { fmt.Println("pshow", tag, t.n) }

func lifo() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("x at defer:", x)
	t := T{1}
	defer t.show("value")
	defer t.pshow("pointer")
	x = 2
	t.n = 2
	fmt.Println("x now:", x)
}

func named() (r int) {
	defer func() { r *= 10 }()
	return 4
}

func named2() (s string, err error) {
	defer func() {
		if err != nil {
			s = "failed: " + err.Error()
		}
	}()
	return "", &myErr{"boom"}
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func recovers() (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	panic("oops")
}

func recoverRuntime() (err error) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("got:", e)
			err = e.(error)
		}
	}()
	s := []int{1, 2, 3}
	i := 5
	return &myErr{fmt.Sprint(s[i])}
}

func divide(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func nested() {
	defer fmt.Println("nested outer defer")
	func() {
		defer fmt.Println("inner defer")
		panic("inner panic")
	}()
	fmt.Println("not reached")
}

func notDirect() {
	defer func() {
		helper := func() interface{} { return recover() }
		fmt.Println("helper recover:", helper())
		fmt.Println("direct recover:", recover())
	}()
	panic("p")
}

func deferRecoverBuiltin() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer recover()
	panic("builtin")
}

func rePanic() {
	defer func() { fmt.Println("final:", recover()) }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again ", r))
	}()
	panic("first")
}

func nilMap() {
	defer func() { fmt.Println("nil map:", recover()) }()
	var m map[string]int
	m["a"] = 1
}

func loopDefers() (sum int) {
	for i := 1; i <= 4; i++ {
		defer func(n int) { sum += n }(i)
	}
	return 0
}

func main() {
	lifo()
	args()
	fmt.Println(named())
	fmt.Println(named2())
	fmt.Println(unnamed())
	fmt.Println(recovers())
	fmt.Println(recoverRuntime())
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		nested()
	}()
	notDirect()
	deferRecoverBuiltin()
	rePanic()
	nilMap()
	fmt.Println(loopDefers())
	fmt.Println(recover())
}
