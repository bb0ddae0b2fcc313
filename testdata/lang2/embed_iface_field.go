// run

// Embedding an interface in a struct promotes its methods; override one.

package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
	Count() int
}

type base struct{ lines []string }

func (b *base) Log(s string) { b.lines = append(b.lines, s) }
func (b *base) Count() int   { return len(b.lines) }

type upper struct {
	Logger
}

func (u upper) Log(s string) { u.Logger.Log(strings.ToUpper(s)) }

func main() {
	b := &base{}
	var l Logger = upper{b}
	l.Log("hello")
	l.Log("world")
	b.Log("raw")
	fmt.Println(l.Count(), b.lines)
}
