// run

// Embedded interfaces combine method sets; a value satisfies the union.

package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

func main() {
	var rw ReadWriter = &buf{}
	fmt.Println(rw.Write("hello"), rw.Write("go"))
	var r Reader = rw
	fmt.Println(r.Read())
	w := rw.(Writer)
	w.Write("more")
	fmt.Println(r.Read(), r.Read(), r.Read())
	_, ok := r.(ReadWriter)
	fmt.Println(ok)
}
