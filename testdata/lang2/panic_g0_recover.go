// run

// Runtime errors found inside runtime calls (hashing a map key, comparing
// interface values, make, channel operations, math/bits) are ordinary
// panics, as in Go: deferred calls run, recover returns a runtime.Error
// with Go's text, and the program goes on. gorun raises them on the
// runtime's own stack and moves them to the goroutine's (runtime/panic.cpp).

package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (%T, runtime.Error: %v)\n", name, r, r, isRuntime)
		if err, ok := r.(error); ok && err.Error() != fmt.Sprint(r) {
			fmt.Println("  Error() differs:", err.Error())
		}
	}()
	f()
}

type K struct{ a interface{} }

type T struct{ s []int }

type W struct {
	n int
	v interface{}
}

// The runtime call is in the function that defers: it returns its named
// results after the recovery.
func lookup(m map[interface{}]int, k interface{}) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			v = -1
			err = r.(error)
		}
	}()
	v = m[k]
	return v + 1, nil
}

func equal(a, b interface{}) (eq bool, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	return a == b, "ok"
}

func main() {
	var k interface{} = []int{1}
	m := map[interface{}]int{"a": 1}
	try("map assign", func() { m[k] = 2 })
	try("map read", func() { _ = m[k] })
	try("map read ok", func() { _, ok := m[k]; fmt.Println(ok) })
	try("map read empty", func() { e := map[interface{}]bool{}; fmt.Println(e[k]) })
	try("map delete", func() { delete(m, k) })
	try("map literal", func() { _ = map[interface{}]int{"x": 1, k: 2} })
	var f interface{} = func() {}
	try("map func key", func() { m[f] = 3 })
	var mv interface{} = map[string]int{}
	try("map map key", func() { m[mv] = 4 })
	try("struct key", func() { mk := map[K]int{}; mk[K{[]int{2}}] = 1 })
	// Go hashes a key that might panic even when the map is empty.
	try("struct key empty", func() { mk := map[K]int{}; _ = mk[K{[]int{2}}] })
	try("array key delete", func() { var ma map[[1]interface{}]int; delete(ma, [1]interface{}{k}) })
	// The map is intact: a failed assignment has written nothing.
	m["b"] = 2
	fmt.Println("map after:", len(m), m["a"], m["b"])

	var a, b interface{} = []int{1}, []int{1}
	try("iface ==", func() { fmt.Println(a == b) })
	try("iface !=", func() { fmt.Println(a != b) })
	var x, y interface{} = map[int]int{}, map[int]int{}
	try("iface map ==", func() { fmt.Println(x == y) })
	var t1, t2 interface{} = T{}, T{}
	try("iface named ==", func() { fmt.Println(t1 == t2) })
	var w1, w2 interface{} = W{1, []int{}}, W{1, []int{}}
	try("iface field ==", func() { fmt.Println(w1 == w2) })
	try("struct field ==", func() { fmt.Println(W{1, k} == W{1, k}) })
	try("array ==", func() { fmt.Println([2]interface{}{1, k} == [2]interface{}{1, k}) })
	var c interface{} = 5
	try("different types", func() { fmt.Println(a == c) })

	n := -1
	try("makeslice len", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 2, n+2) })
	huge := 1 << 62
	try("makeslice huge", func() { _ = make([]int64, huge) })
	try("makechan", func() { _ = make(chan int, n) })

	var nilc chan int
	try("close nil", func() { close(nilc) })
	ch := make(chan int, 1)
	close(ch)
	try("close closed", func() { close(ch) })
	try("send closed", func() { ch <- 1 })
	try("select send closed", func() {
		select {
		case ch <- 1:
		default:
		}
	})

	try("Div64 overflow", func() { bits.Div64(1, 0, 1) })
	zero := uint64(0)
	try("Div64 zero", func() { bits.Div64(0, 1, zero) })

	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, k))
	fmt.Println(equal(1, 1))
	fmt.Println(equal(a, b))
}
