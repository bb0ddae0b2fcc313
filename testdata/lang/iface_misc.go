// run

package main

import (
	"errors"
	"fmt"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

type Logger struct {
	Writer
	prefix string
}

func (l Logger) Log(s string) int { return l.Write(l.prefix + s) }

var ErrEmpty = errors.New("empty")

func pop(r Reader) (string, error) {
	s := r.Read()
	if s == "" {
		return "", ErrEmpty
	}
	return s, nil
}

type Op func(int) int

func (o Op) Apply(x int) int { return o(x) }

type Applier interface{ Apply(int) int }

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }

type Incer interface{ Inc(string) }

func main() {
	f := &File{}
	var rw ReadWriter = f
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw // interface to smaller interface
	var w Writer = rw
	w.Write("c")
	var anyv any = r
	back := anyv.(ReadWriter) // any to non-empty
	fmt.Println(back.Read(), r.Read())
	l := Logger{w, "> "}
	fmt.Println(l.Log("msg"), l.Write("direct"))
	for {
		s, err := pop(f)
		if err != nil {
			fmt.Println("error:", err, err == ErrEmpty)
			break
		}
		fmt.Println("got", s)
	}
	var ap Applier = Op(func(x int) int { return x * 3 })
	fmt.Println(ap.Apply(5))
	c := Counter{}
	var inc Incer = c
	inc.Inc("x")
	inc.Inc("x")
	fmt.Println(c["x"])

	// interfaces holding interfaces
	var e error = ErrEmpty
	var boxed any = e
	if e2, ok := boxed.(error); ok {
		fmt.Println("boxed error:", e2.Error(), e2 == e)
	}
	list := []any{e, r, 3}
	for _, v := range list {
		_, isErr := v.(error)
		_, isR := v.(Reader)
		fmt.Println(isErr, isR)
	}
	var nilRW ReadWriter
	var nr Reader = nilRW
	fmt.Println(nr == nil)
	errs := [3]error{nil, ErrEmpty, fmt.Errorf("wrapped: %w", ErrEmpty)}
	for i, e := range errs {
		fmt.Println(i, e, errors.Is(e, ErrEmpty))
	}
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(errs[2], &target), target != nil)
}
