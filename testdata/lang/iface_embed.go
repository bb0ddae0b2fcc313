// run

package main

import "fmt"

type Speaker interface{ Speak() string }
type Namer interface{ Name() string }
type Both interface {
	Speaker
	Namer
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b *Base) Speak() string   { return "I am " + b.name }
func (b *Base) Rename(n string) { b.name = n }

type Derived struct {
	Base
	extra int
}

type ViaPtr struct {
	*Base
}

type WithIface struct {
	Speaker
	id int
}

type Loud struct{ s string }

func (l Loud) Speak() string { return l.s + "!" }

type Override struct{ Base }

func (o Override) Name() string { return "override/" + o.Base.Name() }

type Deep struct{ Derived }

func main() {
	d := Derived{Base{"d"}, 1}
	var n Namer = d // Name promoted from Base (value receiver)
	fmt.Println(n.Name())
	var b Both = &d // *Derived has Speak (promoted from *Base)
	fmt.Println(b.Name(), b.Speak())
	d.Rename("d2")
	fmt.Println(b.Name(), n.Name())

	vp := ViaPtr{&Base{"vp"}}
	var s Speaker = vp // ViaPtr has *Base's methods
	fmt.Println(s.Speak())
	vp.Rename("vp2")
	fmt.Println(s.Speak(), Namer(vp).Name())

	w := WithIface{Loud{"hey"}, 3}
	s = w
	fmt.Println(s.Speak())
	s = &w
	fmt.Println(s.Speak())

	var o Namer = Override{Base{"x"}}
	fmt.Println(o.Name())
	var dp Both = &Deep{Derived{Base{"deep"}, 0}}
	fmt.Println(dp.Name(), dp.Speak())
	var dn Namer = Deep{}
	fmt.Printf("%q\n", dn.Name())

	// interface holding a pointer to a single-pointer struct
	var sp Speaker = ViaPtr{&Base{"direct"}}
	fmt.Println(sp.Speak())
	if v, ok := sp.(ViaPtr); ok {
		fmt.Println("ViaPtr", v.name)
	}

	// method value from a promoted method through an interface
	f := b.Speak
	fmt.Println(f())
}
