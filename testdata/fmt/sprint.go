// run

// Sprint, Sprintln and Sprintf return strings with the same spacing rules
// as Print, Println and Printf.

package main

import "fmt"

func main() {
	a := fmt.Sprint("x", 1, 2, "y", true, false)
	b := fmt.Sprintln("x", 1, 2, "y")
	c := fmt.Sprintf("%d-%s-%v", 1, "two", 3.0)
	fmt.Printf("%q\n%q\n%q\n", a, b, c)
	fmt.Println(len(a), len(b), len(c))

	d := fmt.Sprint()
	e := fmt.Sprintln()
	fmt.Printf("%q %q\n", d, e)

	// Building a table row by row.
	out := ""
	for i := 1; i <= 3; i++ {
		out += fmt.Sprintf("%d*%d=%-3d", i, i, i*i)
	}
	fmt.Println(out)

	// Sprint on composite values.
	type T struct {
		A []int
		B string
	}
	fmt.Println(fmt.Sprint(T{[]int{1, 2}, "b"}) + "|" + fmt.Sprint([]T{{nil, ""}}))
	fmt.Println(fmt.Sprint(3, 4.5, "s", 'r', []byte("b")))
	fmt.Println(fmt.Sprint(1, 2) == "1 2", fmt.Sprint("1", "2") == "12", fmt.Sprint(1, "2", 3) == "123")
}
