// run

package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	case Animal:
		return "animal " + v.Sound()
	case func() int:
		return fmt.Sprint("func ", v())
	case *int:
		return fmt.Sprint("ptr ", *v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	n := 7
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2}, errors.New("boom"), MyErr{3},
		Dog{}, &Cat{"tom"}, func() int { return 5 }, &n, 2.5, Cat{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a Animal = Dog{}
	switch a.(type) {
	case *Cat:
		fmt.Println("cat")
	case Dog:
		fmt.Println("dog")
	}
	switch x := a.(type) {
	default:
		fmt.Printf("%T\n", x)
	}
	var err error = MyErr{4}
	switch e := err.(type) {
	case interface{ Timeout() bool }:
		fmt.Println("timeout", e)
	case MyErr:
		fmt.Println("myerr", e.code)
	}
	for i := 0; i < 3; i++ {
		var v any = i
		switch v.(type) {
		case int:
			if i == 1 {
				continue
			}
			fmt.Println("int", i)
			if i == 2 {
				break
			}
			fmt.Println("after")
		}
	}
}
