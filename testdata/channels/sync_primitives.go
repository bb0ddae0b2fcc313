// run

// sync: Mutex and WaitGroup as struct fields (by value, through
// pointers), RWMutex, Once, Cond, and sync/atomic.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu    sync.Mutex
	count map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.count[key]++
	c.mu.Unlock()
}

type Stats struct {
	sync.RWMutex
	hits int
}

type Group struct {
	wg    sync.WaitGroup
	total int64
}

func main() {
	c := SafeCounter{count: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			for j := 0; j < 10; j++ {
				c.Inc("k")
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("mutex:", c.count["k"])

	// RWMutex: many readers, a few writers.
	var s Stats
	var rw sync.WaitGroup
	for i := 0; i < 20; i++ {
		rw.Add(2)
		go func() {
			s.Lock()
			s.hits++
			s.Unlock()
			rw.Done()
		}()
		go func() {
			s.RLock()
			_ = s.hits
			s.RUnlock()
			rw.Done()
		}()
	}
	rw.Wait()
	s.RLock()
	fmt.Println("rwmutex:", s.hits, s.TryLock())
	s.RUnlock()
	fmt.Println("trylock after:", s.TryLock(), s.TryRLock())
	s.Unlock()

	// Once.
	var once sync.Once
	calls := 0
	var ow sync.WaitGroup
	for i := 0; i < 10; i++ {
		ow.Add(1)
		go func() {
			once.Do(func() { calls++ })
			ow.Done()
		}()
	}
	ow.Wait()
	once.Do(func() { calls++ })
	fmt.Println("once:", calls)

	// Cond: a queue with waiting consumers.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	got := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func() {
			for {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				mu.Unlock()
				got <- v
			}
		}()
	}
	for i := 1; i <= 10; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-got
	}
	fmt.Println("cond:", sum)
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()

	// WaitGroup in a struct, through a pointer; atomics.
	g := &Group{}
	var n32 int32
	var u64 uint64
	var ai atomic.Int64
	var ab atomic.Bool
	for i := 0; i < 50; i++ {
		g.wg.Add(1)
		go func(i int) {
			atomic.AddInt64(&g.total, int64(i))
			atomic.AddInt32(&n32, 1)
			atomic.AddUint64(&u64, 2)
			ai.Add(3)
			ab.Store(true)
			g.wg.Done()
		}(i)
	}
	g.wg.Wait()
	fmt.Println("atomic:", atomic.LoadInt64(&g.total), atomic.LoadInt32(&n32), atomic.LoadUint64(&u64), ai.Load(), ab.Load())
	var x int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 6), atomic.CompareAndSwapInt32(&x, 5, 7), x)
	fmt.Println(atomic.SwapInt32(&x, 9), atomic.LoadInt32(&x))
	atomic.StoreInt32(&x, 1)
	var u32 atomic.Uint32
	u32.Store(7)
	fmt.Println(x, u32.Load(), u32.CompareAndSwap(7, 8), u32.Load(), u32.Swap(1))
}
