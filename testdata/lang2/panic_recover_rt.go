// run

// Runtime errors are recoverable, implement runtime.Error, and print as Go does.

package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		fmt.Println(name, "recovered:", r)
	}()
	f()
}

type S struct{ x int }

func main() {
	var a []int
	idx := 5
	try("index", func() { _ = a[idx] })
	try("slice", func() { b := []int{1, 2, 3}; lo := 2; hi := 1; _ = b[lo:hi] })
	zero := 0
	try("div", func() { _ = 10 / zero })
	try("nilptr", func() { var p *S; _ = p.x })
	try("nilmap", func() { var m map[int]int; m[1] = 2 })
	try("custom", func() { panic("my panic") })
	try("error", func() { panic(fmt.Errorf("err %d", 3)) })
	try("none", func() {})
	arr := [3]int{}
	i := 3
	try("array", func() { arr[i%4] = 1 })
	s := "abc"
	try("string", func() { _ = s[i] })
}
