// run
// exit 2
// stderr "invalid memory address or nil pointer dereference"

// Promotion through embedded pointers at depth; a nil embedded pointer panics on field access.

package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Start() string { return fmt.Sprint("vroom ", e.HP) }
func (e Engine) Spec() string   { return fmt.Sprint(e.HP, "hp") }

type Car struct {
	*Engine
	Name string
}

type Fleet struct {
	Car
	Size int
}

func main() {
	f := Fleet{Car{&Engine{300}, "vee"}, 2}
	fmt.Println(f.Start(), f.Spec(), f.HP, f.Car.Engine.HP, f.Name)
	f.HP = 400
	fmt.Println(f.Car.Start())
	var starters []func() string
	starters = append(starters, f.Start, f.Car.Spec)
	for _, s := range starters {
		fmt.Println(s())
	}
	empty := Fleet{}
	fmt.Println(empty.Name == "", empty.Engine == nil)
	fmt.Println(empty.HP)
}
