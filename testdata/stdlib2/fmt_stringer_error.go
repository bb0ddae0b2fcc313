// run

// Stringer and error methods are honoured by %v %s and Println; %d bypasses.

package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error wins" }

type Wrap struct {
	T Temp
	N int
}

func main() {
	t := Temp(21.5)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f %5.1f\n", t, t, t, t)
	var err error = E{"bad"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(Both{})
	fmt.Printf("%v %+v\n", Wrap{t, 1}, Wrap{t, 2})
	fmt.Println([]Temp{1, 2})
	fmt.Println(map[string]Temp{"x": 3})
	fmt.Println(errors.New("plain"))
	var np *Wrap
	fmt.Println(np)
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
