// run

// Diamond interface embedding, assertions between embedded interfaces, comparisons across interface types.

package main

import "fmt"

type Animal interface{ Name() string }
type Walker interface {
	Animal
	Walk() string
}
type Swimmer interface {
	Animal
	Swim() string
}
type Duck struct{}

func (Duck) Name() string { return "duck" }
func (Duck) Walk() string { return "waddle" }
func (Duck) Swim() string { return "paddle" }

type Amphibious interface {
	Walker
	Swimmer
}

func main() {
	var a Amphibious = Duck{}
	var w Walker = a
	var s Swimmer = w.(Swimmer)
	fmt.Println(a.Name(), w.Walk(), s.Swim())
	var any interface{} = s
	switch v := any.(type) {
	case Amphibious:
		fmt.Println("amphibious", v.Walk())
	case Walker:
		fmt.Println("walker")
	}
	fmt.Printf("%T %v\n", a, a == w)
	ifaces := []interface{}{a, w, s}
	for i := range ifaces {
		for j := range ifaces {
			fmt.Print(ifaces[i] == ifaces[j], " ")
		}
	}
	fmt.Println()
}
