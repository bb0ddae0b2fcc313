// run

// defer of builtins: close, delete, println, panic, copy; arguments
// evaluated at the defer statement.

package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func cleanup(m map[string]int) {
	m["tmp"] = 1
	defer delete(m, "tmp")
	fmt.Println("during:", len(m))
}

func order() {
	x := 1
	defer println("deferred println sees", x)
	defer fmt.Println("fmt last-in first-out")
	x = 2
	fmt.Println("x is now", x)
}

func panics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	msg := "boom"
	defer panic(msg + "!")
	msg = "changed"
	return nil
}

func copies() []int {
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	defer copy(dst, src)
	return dst
}

func main() {
	sum := 0
	for v := range producer(5) {
		sum += v
	}
	fmt.Println("sum:", sum)
	m := map[string]int{"keep": 1}
	cleanup(m)
	fmt.Println("after:", len(m), m)
	order()
	fmt.Println(panics())
	d := copies()
	fmt.Println(d)
	var c chan int
	func() {
		defer func() { fmt.Println("close(nil):", recover()) }()
		defer close(c)
	}()
}
