// run

// Method values from interfaces bind the dynamic value; method expressions on interface types.

package main

import "fmt"

type Speaker interface{ Speak(int) string }

type Parrot struct{ word string }

func (p Parrot) Speak(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += p.word
	}
	return s
}

type Robot struct{ id int }

func (r *Robot) Speak(n int) string { return fmt.Sprintf("beep%d x%d", r.id, n) }

func main() {
	var s Speaker = Parrot{"ha"}
	f := s.Speak
	s = &Robot{7}
	fmt.Println(f(3), s.Speak(1))
	g := Speaker.Speak
	fmt.Println(g(Parrot{"o"}, 2), g(&Robot{1}, 2))
	fmt.Printf("%T\n", g)
	r := &Robot{2}
	h := r.Speak
	r.id = 3
	fmt.Println(h(1))
	p := Parrot{"a"}
	k := p.Speak
	p.word = "b"
	fmt.Println(k(2))
}
