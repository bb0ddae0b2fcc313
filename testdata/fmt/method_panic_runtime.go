// run

// Runtime errors raised in a String method that fmt calls (by its own
// code, by the runtime functions it calls, or by functions it calls) are
// recovered by fmt like any panic: %!v(PANIC=String method: runtime
// error: ...).

package main

import "fmt"

type Index struct{ i int }

func (x Index) String() string {
	s := []int{1, 2, 3}
	return fmt.Sprint(s[x.i])
}

type Slice struct{ i int }

func (x Slice) String() string {
	s := []int{1, 2, 3}
	return fmt.Sprint(s[1:x.i])
}

type NilMap struct{}

func (NilMap) String() string {
	var m map[string]int
	m["a"] = 1
	return "unreachable"
}

type Deref struct{ p *int }

func (d Deref) String() string { return fmt.Sprint(*d.p) }

type Field struct{ p *Index }

func (f Field) String() string { return fmt.Sprint(f.p.i) }

type Divide struct{ d int }

func (x Divide) String() string { return fmt.Sprint(10 / x.d) }

type Assert struct{ v any }

func (a Assert) String() string { return a.v.(string) }

type Unhashable struct{}

func (Unhashable) String() string {
	m := map[any]int{}
	m[[]int{1}] = 1
	return "unreachable"
}

type Uncomparable struct{}

func (Uncomparable) String() string {
	var a, b any = []int{1}, []int{1}
	return fmt.Sprint(a == b)
}

type CloseTwice struct{}

func (CloseTwice) String() string {
	c := make(chan int)
	close(c)
	close(c)
	return "unreachable"
}

type MakeNeg struct{ n int }

func (m MakeNeg) String() string { return fmt.Sprint(len(make([]int, m.n))) }

type Deep struct{ n int }

func helper(n int) string {
	if n == 0 {
		var s []string
		return s[n]
	}
	return helper(n - 1)
}

func (d Deep) String() string { return helper(d.n) }

type Wrapped struct{ err error }

func (w Wrapped) Error() string { return "wrapped: " + w.err.Error() }

type NilIface struct{ s fmt.Stringer }

func (n NilIface) String() string { return n.s.String() }

func main() {
	fmt.Println(Index{5})
	fmt.Println(Index{-1 + 0*len("x")})
	fmt.Println(Index{1})
	fmt.Println(Slice{7})
	fmt.Println(Slice{0})
	fmt.Println(NilMap{})
	fmt.Println(Deref{})
	fmt.Println(Field{})
	fmt.Println(Divide{0}, Divide{5})
	fmt.Println(Assert{1}, Assert{nil}, Assert{"ok"})
	fmt.Println(Unhashable{})
	fmt.Println(Uncomparable{})
	fmt.Println(CloseTwice{})
	fmt.Println(MakeNeg{-1})
	fmt.Println(Deep{10}, Deep{100})
	fmt.Println(Wrapped{})
	fmt.Println(NilIface{})
	fmt.Printf("%s|%q\n", Index{9}, NilMap{})
	fmt.Println(fmt.Sprintf("%v", Deref{}) == "%!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)")

	// The program goes on normally: a later runtime error still panics
	// and is recovered by the goroutine's own deferred call.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[int]int
		m[1] = 1
	}()
	fmt.Println("done")
}
