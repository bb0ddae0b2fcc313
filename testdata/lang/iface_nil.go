// run

package main

import (
	"fmt"
	"os"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a typed nil pointer is a non-nil error
}

type Speaker interface{ Speak() string }
type Loud struct{}

func (Loud) Speak() string { return "LOUD" }

type Robot struct {
	Speaker
	id int
}

type List struct {
	next *List
	v    int
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.v + l.next.Sum()
}

type Summer interface{ Sum() int }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T\n", err)
	var plain error
	fmt.Println(plain == nil)

	r := Robot{Loud{}, 1}
	fmt.Println(r.Speak())
	f := r.Speak
	fmt.Println(f())
	var s Speaker = r
	fmt.Println(s.Speak())

	var l *List
	var sm Summer = l
	fmt.Println(sm != nil, sm.Sum())
	sm = &List{&List{nil, 2}, 3}
	fmt.Println(sm.Sum())

	fmt.Fprintln(os.Stdout, "to stdout", 1, err != nil)
	fmt.Fprintf(os.Stdout, "%s|%v\n", "x", mayFail(true))
	n, e := fmt.Fprint(os.Stdout, "abc\n")
	fmt.Println(n, e)
}
