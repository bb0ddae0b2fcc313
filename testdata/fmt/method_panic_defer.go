// run

// Deferred calls and panics around fmt's recovery of a panicking String
// method: the method's own deferred calls run (and may recover), nested
// fmt calls recover their own methods' panics, a panic chain started
// outside fmt is untouched by the one fmt recovers, and when printing a
// panic's value panics again the panic leaves fmt.

package main

import (
	"errors"
	"fmt"
	"strings"
)

type S struct{ msg string }

func (s S) String() string { panic(s.msg) }

// A deferred recover inside the method itself.
type Rec struct{}

func (Rec) String() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered in String: ", r)
		}
	}()
	panic("inner")
}

// Recovers a runtime error in a deeper call.
type RecDeep struct{}

func deepIndex(n int) int {
	if n == 0 {
		var s []int
		return s[3]
	}
	return deepIndex(n - 1)
}

func (RecDeep) String() (s string) {
	defer func() { s = fmt.Sprint("deep: ", recover()) }()
	return fmt.Sprint(deepIndex(20))
}

// Deferred calls that run before fmt recovers, innermost first.
type Defers struct{}

func level2() {
	defer fmt.Println("  defer in level2")
	panic("from level2")
}

func level1() {
	defer fmt.Println("  defer in level1")
	level2()
}

func (Defers) String() string {
	defer fmt.Println("  defer in String")
	level1()
	return "unreachable"
}

// A deferred call that panics again replaces the value.
type Replace struct{}

func (Replace) String() string {
	defer func() { panic("second") }()
	panic("first")
}

// A recover in the method's deferred call, then a new panic.
type RecoverThenPanic struct{}

func (RecoverThenPanic) String() string {
	defer func() {
		r := recover()
		panic(fmt.Sprint("after recovering ", r))
	}()
	panic("original")
}

// A nested fmt call inside the method.
type Nest struct{ depth int }

func (n Nest) String() string {
	if n.depth == 0 {
		panic("bottom")
	}
	return fmt.Sprintf("nest%d(%v)", n.depth, Nest{n.depth - 1})
}

// A method that recovers, inside a method that does not.
type Mixed struct{}

func (Mixed) String() string {
	s := fmt.Sprint(Rec{})
	panic("mixed after " + s)
}

// The panic value's own method panics: Go re-panics out of fmt.
type BadErr struct{}

func (BadErr) Error() string { panic("bad error") }

type Repanic struct{}

func (Repanic) String() string { panic(BadErr{}) }

// The panic value is a nil pointer whose method panics: "<nil>".
type NilErr struct{}

func (*NilErr) Error() string { panic("x") }

type NilErrPanic struct{}

func (NilErrPanic) String() string {
	var e *NilErr
	panic(e)
}

// fmt called from a deferred call while the goroutine panics.
func duringPanic() (out string) {
	defer func() {
		fmt.Println("in deferred call:", S{"while panicking"})
		out = fmt.Sprint("recovered outer: ", recover())
	}()
	panic("outer")
}

// Same, with the deferred call recovering a panic of its own first.
func recoverInside() {
	defer func() {
		r := recover()
		fmt.Println("main chain recovered:", r)
	}()
	defer func() {
		func() {
			defer func() { fmt.Println("inner recovered:", recover()) }()
			panic("inner")
		}()
		fmt.Println("after inner:", S{"still outer"})
	}()
	panic("outer2")
}

func repanicOut() {
	defer func() {
		r := recover()
		fmt.Printf("left fmt: %T %v\n", r, r)
	}()
	fmt.Println(Repanic{})
	fmt.Println("not reached")
}

func repanicSprintf() (s string) {
	defer func() {
		s = fmt.Sprint("Sprintf left with: ", recover())
	}()
	return fmt.Sprintf("%d %v", 1, Repanic{})
}

func main() {
	fmt.Println(Rec{})
	fmt.Println(RecDeep{})
	fmt.Println(Defers{})
	fmt.Println(Replace{})
	fmt.Println(RecoverThenPanic{})
	fmt.Println(Nest{3})
	fmt.Println(Mixed{})
	fmt.Println(NilErrPanic{})
	fmt.Println(duringPanic())
	recoverInside()
	repanicOut()
	fmt.Println(repanicSprintf())

	// Goroutines print concurrently; each recovers its own.
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func(i int) {
			var b strings.Builder
			for j := 0; j < 50; j++ {
				b.WriteString(fmt.Sprint(S{fmt.Sprint("g", i)}))
			}
			done <- fmt.Sprint(i, len(b.String()))
		}(i)
	}
	total := 0
	for i := 0; i < 4; i++ {
		<-done
		total++
	}
	fmt.Println("goroutines:", total)

	// Many recoveries in a row (and a collection or two meanwhile).
	n := 0
	for i := 0; i < 2000; i++ {
		s := fmt.Sprint(S{strings.Repeat("x", i%50)}, errors.New("e"))
		n += len(s)
	}
	fmt.Println("loop:", n)
}
