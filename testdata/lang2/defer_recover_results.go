// run

// After recover, the function returns its named results as set by defers; unnamed results are zero.

package main

import (
	"errors"
	"fmt"
)

func named() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	n = 10
	panic("fail")
}

func unnamed() int {
	defer func() { recover() }()
	x := 5
	if x > 0 {
		panic("boom")
	}
	return x
}

func partial() (s []string) {
	defer func() {
		recover()
		s = append(s, "deferred")
	}()
	s = append(s, "before")
	var m map[string]int
	m["x"] = 1
	s = append(s, "after")
	return
}

func chain() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v; %v", err, r)
		}
	}()
	defer func() {
		err = errors.New("set by defer")
	}()
	panic("p")
}

func main() {
	fmt.Println(named())
	fmt.Println(unnamed())
	fmt.Println(partial())
	fmt.Println(chain())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
