// run

// Mutex and WaitGroup as struct fields by value, embedded in slices of
// structs, and reached through pointers.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	balances []int
}

func (b *bank) transfer(from, to, amount int) {
	b.mu.Lock()
	b.balances[from] -= amount
	b.balances[to] += amount
	b.mu.Unlock()
}

type job struct {
	wg    sync.WaitGroup
	mu    sync.Mutex
	total int
}

func main() {
	b := &bank{balances: []int{1000, 1000, 1000, 1000}}
	var wg sync.WaitGroup
	for i := 0; i < 400; i++ {
		wg.Add(1)
		go func(i int) {
			b.transfer(i%4, (i+1)%4, i%7)
			wg.Done()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range b.balances {
		sum += v
	}
	fmt.Println(sum)

	var j job
	for i := 1; i <= 100; i++ {
		j.wg.Add(1)
		go func(n int) {
			j.mu.Lock()
			j.total += n
			j.mu.Unlock()
			j.wg.Done()
		}(i)
	}
	j.wg.Wait()
	fmt.Println(j.total)

	locks := make([]sync.Mutex, 3)
	counts := make([]int, 3)
	var wg2 sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg2.Add(1)
		go func(k int) {
			locks[k].Lock()
			counts[k]++
			locks[k].Unlock()
			wg2.Done()
		}(i % 3)
	}
	wg2.Wait()
	fmt.Println(counts)
	fmt.Println(j.mu.TryLock(), j.mu.TryLock())
	j.mu.Unlock()
}
