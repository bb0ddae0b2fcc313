// run

// Embedded structs: promoted fields and methods, shadowing by the outer
// type, embedding by pointer, and explicit access through the type name.

package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	Dog
	Name string // shadows Dog.Animal.Name
}

func (l Loud) Describe() string {
	return "LOUD " + l.Dog.Describe()
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Service struct {
	*Counter
	label string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "collie"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max") // promoted pointer method on an addressable value
	fmt.Println(d.Name, d.Describe())
	fmt.Printf("%v\n%+v\n", d, d)

	l := Loud{Dog: d, Name: "outer"}
	fmt.Println(l.Name, l.Dog.Name, l.Animal.Name)
	fmt.Println(l.Describe())
	fmt.Println(l.Dog.Describe())

	s := Service{&Counter{}, "svc"}
	s.Inc()
	s.Inc()
	s.Counter.Inc()
	fmt.Println(s.n, s.label)

	// Copies share the embedded pointer.
	s2 := s
	s2.Inc()
	fmt.Println(s.n, s2.n)

	// Embedded field in a literal by type name.
	d2 := Dog{Animal: Animal{Name: "Fido", Legs: 3}}
	fmt.Println(d2.Describe(), d2.Breed == "")
}
