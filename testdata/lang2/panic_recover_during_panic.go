// run

// A panic raised and recovered inside a deferred call that runs for an
// older panic does not end the older panic: it goes on (Go aborts the
// older panic only when the newer one reaches the deferred call it was
// running). One that leaves the deferred call does end it.

package main

import "fmt"

func recoverOwn(tag string) {
	defer func() { fmt.Println(tag, "recovered own:", recover()) }()
	panic(tag + " inner")
}

// The inner panic is recovered inside the deferred call.
func innerRecovered() (res string) {
	defer func() { res = fmt.Sprint("outer recovered: ", recover()) }()
	defer func() {
		recoverOwn("d2")
		fmt.Println("d2 done")
	}()
	defer func() {
		recoverOwn("d1")
		fmt.Println("d1 done")
	}()
	panic("outer")
}

// Twice nested: a deferred call of the inner panic recovers a third one.
func twiceNested() (res string) {
	defer func() { res = fmt.Sprint("twice: ", recover()) }()
	defer func() {
		func() {
			defer func() { fmt.Println("middle recovered:", recover()) }()
			defer func() { recoverOwn("deepest") }()
			panic("middle")
		}()
	}()
	panic("top")
}

// The inner panic leaves the deferred call: it replaces the outer one.
func innerEscapes() (res string) {
	defer func() { res = fmt.Sprint("escaped: ", recover(), " then ", recover()) }()
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

// The inner panic is recovered by the deferred call's own deferred call:
// the deferred call returns normally and the older panic goes on.
func helperDefers() (res string) {
	defer func() { res = fmt.Sprint("after helper: ", recover()) }()
	defer func() {
		defer func() { fmt.Println("d recovered:", recover()) }()
		panic("from d")
	}()
	panic("first")
}

func main() {
	fmt.Println(innerRecovered())
	fmt.Println(twiceNested())
	fmt.Println(innerEscapes())
	fmt.Println(helperDefers())
}
