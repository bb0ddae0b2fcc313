// run

// sync.Mutex under heavy contention, on whatever GOMAXPROCS the test
// runs with (CTest: 1, the default, 2 and 8): the totals must be exact and
// no two goroutines may ever be inside at once, whichever of the mutex's
// paths (fast CAS, spinning, normal-mode wakeups, starvation-mode
// handoffs) a Lock takes. Critical sections that sleep push waiters past
// the 1ms starvation threshold, so the mode switches back and forth.
// Also TryLock, RWMutex (which is built on Mutex) and a Mutex used as a
// Locker by Cond.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type counter struct {
	mu     sync.Mutex
	n      int
	inside int32
	bad    int32
}

func (c *counter) add(sleep bool) {
	c.mu.Lock()
	if atomic.AddInt32(&c.inside, 1) != 1 {
		atomic.AddInt32(&c.bad, 1)
	}
	c.n++
	if sleep {
		time.Sleep(50 * time.Microsecond)
	} else if c.n%64 == 0 {
		runtime.Gosched()
	}
	atomic.AddInt32(&c.inside, -1)
	c.mu.Unlock()
}

func main() {
	// 1. Short critical sections: spinning and barging.
	var c counter
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				c.add(false)
			}
		}()
	}
	wg.Wait()
	fmt.Println("short:", c.n, "overlaps:", c.bad)

	// 2. Sleeping critical sections: waiters starve, handoffs.
	var s counter
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				s.add(i%8 == g%8)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("sleepy:", s.n, "overlaps:", s.bad)

	// 3. TryLock never succeeds while the mutex is held.
	var mu sync.Mutex
	var held int32
	var tries, wins, wrong int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				if i%3 == 0 {
					mu.Lock()
				} else if !mu.TryLock() {
					atomic.AddInt64(&tries, 1)
					continue
				} else {
					atomic.AddInt64(&wins, 1)
				}
				if atomic.AddInt32(&held, 1) != 1 {
					atomic.AddInt64(&wrong, 1)
				}
				atomic.AddInt32(&held, -1)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("trylock: failed+won =", tries+wins, "overlaps:", wrong, "unlocked after:", mu.TryLock())
	mu.Unlock()

	// 4. RWMutex: writers exclusive, readers see whole updates.
	var rw sync.RWMutex
	a, b := 0, 0
	var torn int32
	for g := 0; g < 8; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				a++
				runtime.Gosched()
				b++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				if a != b {
					atomic.AddInt32(&torn, 1)
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex:", a, b, "torn reads:", torn)

	// 5. A Cond over a Mutex: a bounded queue with 4 producers and
	// 4 consumers.
	var qmu sync.Mutex
	cond := sync.NewCond(&qmu)
	var queue []int
	sum := 0
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func(g int) {
			defer wg.Done()
			for i := 1; i <= 250; i++ {
				qmu.Lock()
				for len(queue) >= 8 {
					cond.Wait()
				}
				queue = append(queue, g*1000+i)
				cond.Broadcast()
				qmu.Unlock()
			}
		}(g)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				qmu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				sum += queue[0]
				queue = queue[1:]
				cond.Broadcast()
				qmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("cond queue sum:", sum, "left:", len(queue))
}
