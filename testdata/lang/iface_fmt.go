// run

package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Err struct{ msg string }

func (e *Err) Error() string { return "err: " + e.msg }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Wrapper struct {
	C     Color
	c     Color
	Inner *Pt
}

type G struct{ n int }

func (g G) GoString() string { return "G!" }
func (g G) String() string   { return "g" }

type Val struct{ n int }

func (v Val) String() string { return fmt.Sprint("val", v.n) }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(0), Color(0))
	fmt.Printf("%5s|%-6v|\n", Color(0), Color(1))
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v\n", p, &p)
	var e error = &Err{"bad"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Println(Both{})
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(Wrapper{1, 1, &p})
	fmt.Printf("%+v\n", Wrapper{0, 0, nil})
	fmt.Println(map[string]int(nil) == nil, []error{e, nil})
	fmt.Printf("%v %#v\n", G{1}, G{1})
	var np *Pt
	fmt.Println(np)
	var nv *Val
	fmt.Println(nv)
	fmt.Println(Val{3}, &Val{4})
	fmt.Println(errors.New("plain"))
	s := fmt.Sprint(Color(1), " ", e)
	fmt.Println(s, len(s))
	fmt.Printf("%d %v\n", []Color{1}, [1]Color{0})
	var st fmt.Stringer = Color(0)
	fmt.Println(st.String())
	fmt.Printf("%T %T\n", st, e)
}
