// run

// fmt verbs with widths, precision, flags.

package main

import "fmt"

type P struct {
	X int
	S string
	F []float64
	M map[string]int
	Q *int
}

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%x][%X][%#x][%o][%#o][%O][%b]\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("[%8.3f][%-8.2f][%e][%E][%g][%G][%.3g][%08.2f]\n", 3.14159, 2.5, 12345.678, 0.000123, 1e21, 1e-7, 123456.0, -3.5)
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q][%x][% X]\n", "go", "go", "go", "gopher", "a\"b\n", "go", "go")
	fmt.Printf("[%c][%U][%#U][%q][%d]\n", 'G', 'é', 'é', 'x', 'x')
	fmt.Printf("[%t][%v][%5t]\n", true, false, true)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 7, 4, 8, 2, 3.14159)
	p := P{1, "s", []float64{1.5, 2}, map[string]int{"b": 2, "a": 1}, nil}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v %#v %#v\n", 42, "str", map[string]bool{"z": true, "a": false})
	fmt.Printf("%T %T %T %T %T\n", p, &p, []interface{}{}, map[int][]string{}, struct{}{})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%x %X\n", []byte{1, 171}, "hi")
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v\n", nil, []interface{}{nil, 1})
	fmt.Printf("%08b %3c|\n", 5, 'z')
	fmt.Printf("%+q %#q\n", "héllo", "raw`q")
	fmt.Printf("%10.4v|%-10v|\n", 3.14159265, "left")
}
