// run

// The forms of the go statement: a named function with arguments, a
// func literal with arguments and captures, a method value, a method
// expression, a func value; arguments are evaluated when the go
// statement runs.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var names = []string{"named", "literal", "value method", "pointer method", "func value", "method expr"}
var results = make([]int, len(names))
var recorded int

func record(name string, v int) {
	mu.Lock()
	for i, n := range names {
		if n == name {
			results[i] = v
		}
	}
	recorded++
	mu.Unlock()
	wg.Done()
}

type acc struct {
	base int
}

func (a acc) add(n int)   { record("value method", a.base+n) }
func (a *acc) addp(n int) { record("pointer method", a.base+n) }
func (a acc) sub(n int)   { record("method expr", a.base-n) }

func worker(id int, wg *sync.WaitGroup, out []int) {
	out[id] = id * id
	wg.Done()
}

func main() {
	wg.Add(6)
	x := 1
	go record("named", x)
	x = 100 // too late: the argument was evaluated already
	go func(msg string, n int) {
		record(msg, n+x)
	}("literal", 2)
	a := acc{base: 10}
	go a.add(5)
	a.base = 20
	pa := &acc{base: 30}
	go pa.addp(3)
	f := record
	go f("func value", 7)
	go acc.sub(acc{base: 40}, 2)
	wg.Wait()
	for i, k := range names {
		fmt.Println(k, results[i])
	}
	fmt.Println(recorded)

	// Workers with a WaitGroup by pointer, as in the seed.
	var wg2 sync.WaitGroup
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go worker(i, &wg2, out)
	}
	wg2.Wait()
	fmt.Println(out)
}
