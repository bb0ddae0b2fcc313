// run

// Named function types, methods on them, func values in maps, nil funcs.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Server interface{ Serve(string) string }

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"sub": func(a, b int) int { return a - b },
	}
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, ops[k](7, 3), ops[k].Apply3(1, 2, 3))
	}
	var s Server = HandlerFunc(strings.ToUpper)
	fmt.Println(s.Serve("hi"))
	var f func()
	fmt.Println(f == nil)
	apply := func(fn func(string) string, xs []string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = fn(x)
		}
		return out
	}
	fmt.Println(apply(strings.TrimSpace, []string{" a ", "b  "}))
	fmt.Printf("%T\n", ops["add"])
}
