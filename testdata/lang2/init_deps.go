// run

// Package-level initialisation by dependency with blank vars, method values and closures;
// init sees everything initialised.

package main

import (
	"fmt"
	"strings"
)

var _ = trace("blank1")

var (
	total    = compute()
	registry = map[string]func() string{}
	greeting = strings.ToUpper(name) + "!"
	name     = pick()
)

var _ = trace("blank2")

var handler = T{"h"}.Hello
var counter = func() func() int { n := 0; return func() int { n++; return n } }()

type T struct{ s string }

func (t T) Hello() string { return "hello " + t.s }

func trace(s string) int { fmt.Println("init", s); return 0 }
func compute() int       { fmt.Println("compute, name =", name); return len(name) }
func pick() string       { fmt.Println("pick"); return "gopher" }

func init() {
	registry["a"] = func() string { return "A" }
	fmt.Println("init() sees", total, greeting, len(registry))
}

func main() {
	fmt.Println(handler(), counter(), counter(), registry["a"]())
}
