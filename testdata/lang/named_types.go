// run

// Named types: distinct from their underlying type, explicit conversions,
// methods on non-struct named types, typed constants of named types.

package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String2() string {
	names := [...]string{"Sun", "Mon", "Tue"}
	if d < 0 || int(d) >= len(names) {
		return "???"
	}
	return names[d]
}

func (d Weekday) Next() Weekday { return (d + 1) % 3 }

type IntSlice []int

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type Grid [2][2]int

func (g Grid) Trace() int { return g[0][0] + g[1][1] }

type Str string

func (s Str) Twice() Str { return s + s }

func main() {
	c := Celsius(100)
	f := c.ToF()
	fmt.Println(c, f, f.ToC())
	fmt.Printf("%T %T %.1f\n", c, f, Celsius(-40).ToF())

	d := Monday
	fmt.Println(d, d.String2(), d.Next().String2(), d.Next().Next().String2(), Weekday(7).String2())
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)

	s := IntSlice{1, 2, 3, 4}
	fmt.Println(s.Sum(), len(s), s[1:].Sum())
	plain := []int(s)
	fmt.Println(plain, IntSlice(plain).Sum())

	g := Grid{{1, 2}, {3, 4}}
	fmt.Println(g.Trace(), g)

	var st Str = "ab"
	fmt.Println(st.Twice(), len(st.Twice()), string(st.Twice()) == "abab")

	// Named types over named types share the underlying type only.
	type Temp Celsius
	t := Temp(c)
	fmt.Println(t, Celsius(t) == c)
	fmt.Printf("%T\n", t)
}
