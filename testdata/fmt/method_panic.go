// run

// A panic in a String, Error or GoString method that fmt calls is
// recovered by fmt (print.go's catchPanic): the operand prints as
// %!verb(PANIC=Method method: value), the value printed with %v, and
// printing goes on. A nil pointer receiver whose method panics prints
// <nil>; a pointer method that handles nil is called.

package main

import (
	"errors"
	"fmt"
	"os"
)

type S struct{ msg string }

func (s S) String() string { panic(s.msg) }

type E struct{}

func (E) Error() string { panic("bad Error") }

type GS struct{}

func (GS) GoString() string { panic("bad GoString") }
func (GS) String() string   { return "GS as string" }

type Both struct{}

func (Both) Error() string  { panic("from Error") }
func (Both) String() string { return "String is not used" }

// Panic values of several kinds, printed with %v.
type ErrVal struct{}

func (ErrVal) String() string { panic(errors.New("an error value")) }

type Pair struct{ A, B int }

type StructVal struct{}

func (StructVal) String() string { panic(Pair{1, 2}) }

type Named string

func (Named) String() string { return "Named's own String" }

type StringerVal struct{}

func (StringerVal) String() string { panic(Named("x")) }

type IntVal struct{}

func (IntVal) String() string { panic(42) }

type FloatVal struct{}

func (FloatVal) String() string { panic(1.5) }

type PtrVal struct{}

var target = Pair{3, 4}

func (PtrVal) String() string { panic(&target) }

type NilVal struct{}

func (NilVal) String() string { panic(nil) }

type SliceVal struct{}

func (SliceVal) String() string { panic([]string{"a", "b"}) }

// Nil pointer receivers.
type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type PM struct{ n int }

func (p *PM) String() string { return fmt.Sprint("PM", p.n) }

type NilOK struct{}

func (p *NilOK) String() string {
	if p == nil {
		return "nilT"
	}
	return "T"
}

type NilPanics struct{}

func (p *NilPanics) Error() string {
	if p == nil {
		panic("nil receiver")
	}
	return "not nil"
}

type Outer struct {
	A int
	B S
	C string
}

func main() {
	fmt.Println(S{"boom"})
	fmt.Println(&S{"through a pointer"})
	fmt.Println(S{"one"}, S{"two"}, "three")
	fmt.Printf("%v|%s|%x|%X|%q|%d\n", S{"v"}, S{"s"}, S{"x"}, S{"X"}, S{"q"}, S{"d"})
	fmt.Println(E{})
	fmt.Printf("%s|%v|%q\n", E{}, E{}, E{})
	fmt.Printf("%#v|%v\n", GS{}, GS{})
	fmt.Println(Both{})
	fmt.Print(S{"print"}, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", S{"f"})
	fmt.Println(fmt.Sprint(S{"sprint"}))
	fmt.Println(fmt.Sprintln(S{"sprintln"}) + "|")
	fmt.Println(fmt.Sprintf("[%v]", S{"sprintf"}))

	// The flags do not apply to the panic text, and are back afterwards.
	fmt.Printf("[%-12v][%12s][%.2v][%+q]\n", S{"w"}, S{"w"}, S{"p"}, S{"+"})
	fmt.Printf("[%8v][%-6d]\n", S{"a"}, 7)

	// Errorf, with %v and %w.
	err := fmt.Errorf("wrapped: %w", E{})
	fmt.Println(err.Error())
	fmt.Println(errors.Unwrap(err) == E{})
	fmt.Println(fmt.Errorf("plain: %v and %s", S{"e1"}, E{}))

	// The panic's value, printed with %v (its own String or Error too).
	fmt.Println(ErrVal{})
	fmt.Println(StructVal{})
	fmt.Printf("%+v\n", StructVal{})
	fmt.Println(StringerVal{})
	fmt.Println(IntVal{}, FloatVal{})
	fmt.Println(PtrVal{})
	fmt.Println(SliceVal{})
	fmt.Println("[", NilVal{}, "]")
	fmt.Printf("[%v][%s]\n", NilVal{}, NilVal{})

	// Nil pointers.
	var v *V
	var pm *PM
	var ok *NilOK
	var np *NilPanics
	fmt.Println(v, pm, ok, &NilOK{}, np, &NilPanics{})
	fmt.Printf("[%8v][%-8s][%.2v][%d]\n", v, pm, pm, pm)
	fmt.Printf("%s|%v\n", ok, np)
	var st fmt.Stringer = pm
	fmt.Println(st)
	var e error = np
	fmt.Println(e)

	// Nested: fields, elements, map values.
	fmt.Println(Outer{1, S{"field"}, "c"})
	fmt.Printf("%+v\n", Outer{2, S{"field+"}, "d"})
	fmt.Println([]S{{"e0"}, {"e1"}})
	fmt.Println([2]fmt.Stringer{S{"i0"}, pm})
	fmt.Println(map[string]S{"k": {"mv"}})
	fmt.Println(struct{ P *PM }{pm})
	fmt.Println("done")
}
