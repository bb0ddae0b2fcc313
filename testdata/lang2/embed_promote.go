// run

// Promoted fields and methods through embedded structs and pointers; shadowing.

package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Named struct{ Name string }

func (n *Named) Greet() string { return "hi " + n.Name }

type Thing struct {
	Base
	*Named
	Extra int
}

type Over struct {
	Base
}

func (o Over) Describe() string { return "over(" + o.Base.Describe() + ")" }

type Describer interface{ Describe() string }

func main() {
	t := Thing{Base{1}, &Named{"x"}, 3}
	t.SetID(7)
	fmt.Println(t.ID, t.Describe(), t.Greet(), t.Name)
	t.Name = "y"
	fmt.Println(t.Named.Name, t.Greet())
	var d Describer = t
	fmt.Println(d.Describe())
	o := Over{Base{5}}
	d = o
	fmt.Println(d.Describe(), o.ID)
	pt := &t
	pt.SetID(9)
	fmt.Println(pt.Describe(), pt.Base.ID)
	fmt.Printf("%+v\n", o)
}
