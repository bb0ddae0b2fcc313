// run

// fmt honours error/Stringer methods on struct fields, slices of interfaces and pointer
// fields; Atoi sign/prefix errors; padding flags on strings and floats.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type R struct {
	Err  error
	Name fmt.Stringer
	Vals []error
}

type nm string

func (n nm) String() string { return "<" + string(n) + ">" }

type ptrS struct{ v int }

func (p *ptrS) String() string { return fmt.Sprint("ptrS:", p.v) }

func main() {
	r := R{errors.New("e1"), nm("n"), []error{errors.New("a"), nil}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println([]fmt.Stringer{nm("x"), &ptrS{2}}, ptrS{3})
	for _, s := range []string{"+", "-", "+-1", "0x10", "007", "-0"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(utf8.RuneCountInString(strings.Repeat("é", 1000)), strings.Count(strings.Repeat("é", 10), "é"))
	fmt.Printf("%v %s\n", errors.New("x"), []error{errors.New("y")})
	fmt.Printf("%q\n", strings.SplitAfterN("a.b.c.d", ".", 3))
	fmt.Printf("[%7.2f] [%-7.2f] [%+7.2f]\n", 3.14159, -3.14159, 3.14159)
	fmt.Printf("[%7s] [%-7s] [%07s]\n", "ab", "ab", "ab")
	fmt.Printf("[%x] [% x] [%#x] [%# x]\n", "abc", "abc", "abc", "abc")
	type inner struct{ P *ptrS }
	fmt.Printf("%v\n", inner{&ptrS{9}})
}
