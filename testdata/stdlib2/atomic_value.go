// run

// sync/atomic.Value (Load, Store, Swap, CompareAndSwap and their panics)
// and the typed atomics Bool, Int32, Int64, Uint32, Uint64, Uintptr; a
// Value read by many goroutines while one replaces it.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type config struct {
	name  string
	limit int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(1)
	fmt.Println(v.Load(), v.Load().(int)+1)
	fmt.Println(v.Swap(2), v.Load())
	fmt.Println(v.CompareAndSwap(1, 3), v.Load())
	fmt.Println(v.CompareAndSwap(2, 3), v.Load())
	fmt.Println(v.CompareAndSwap(nil, 4), v.Load())

	var e atomic.Value
	fmt.Println(e.CompareAndSwap(5, 6), e.Load())
	fmt.Println(e.CompareAndSwap(nil, 6), e.Load())
	var s atomic.Value
	fmt.Println(s.Swap("first"), s.Swap("second"), s.Load())

	// Struct and pointer values compare by value and identity.
	var c atomic.Value
	c.Store(config{"a", 1})
	fmt.Println(c.CompareAndSwap(config{"a", 1}, config{"b", 2}), c.Load())
	fmt.Println(c.CompareAndSwap(config{"a", 1}, config{"c", 3}), c.Load())
	p1, p2 := &config{"p", 1}, &config{"p", 1}
	var p atomic.Value
	p.Store(p1)
	fmt.Println(p.CompareAndSwap(p2, p2), p.Load() == p1, p.CompareAndSwap(p1, p2), p.Load() == p2)

	try("store nil", func() { var x atomic.Value; x.Store(nil) })
	try("store inconsistent", func() { var x atomic.Value; x.Store(1); x.Store("one") })
	try("store int64 after int", func() { var x atomic.Value; x.Store(1); x.Store(int64(1)) })
	try("swap nil", func() { var x atomic.Value; x.Swap(nil) })
	try("swap inconsistent", func() { var x atomic.Value; x.Store(1); x.Swap(1.5) })
	try("cas nil new", func() { var x atomic.Value; x.CompareAndSwap(1, nil) })
	try("cas inconsistent values", func() { var x atomic.Value; x.CompareAndSwap(1, "1") })
	try("cas inconsistent with stored", func() { var x atomic.Value; x.Store(1); x.CompareAndSwap("a", "b") })
	try("cas same type", func() { var x atomic.Value; x.Store(1); x.CompareAndSwap(1, 2) })

	// Readers never see a torn or foreign value while a writer replaces it.
	var cur atomic.Value
	cur.Store(&config{"v0", 0})
	var wg sync.WaitGroup
	var bad atomic.Int32
	var reads atomic.Int64
	stop := make(chan struct{})
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := -1
			for {
				select {
				case <-stop:
					return
				default:
				}
				cfg := cur.Load().(*config)
				if cfg.name != fmt.Sprint("v", cfg.limit) || cfg.limit < last {
					bad.Add(1)
				}
				last = cfg.limit
				reads.Add(1)
			}
		}()
	}
	for i := 1; i <= 2000; i++ {
		cur.Store(&config{fmt.Sprint("v", i), i})
		// Let the readers in now and then (one P: they run only when
		// the writer yields).
		if i%100 == 0 {
			for r := reads.Load(); reads.Load() < r+4; {
				runtime.Gosched()
			}
		}
	}
	close(stop)
	wg.Wait()
	fmt.Println("final:", cur.Load().(*config).name, "bad:", bad.Load(), "reads > 0:", reads.Load() > 0)

	// The typed atomics.
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	var i32 atomic.Int32
	i32.Store(-5)
	fmt.Println(i32.Add(3), i32.Swap(7), i32.CompareAndSwap(7, 8), i32.Load())
	var u32 atomic.Uint32
	fmt.Println(u32.Add(^uint32(0)), u32.Swap(3), u32.CompareAndSwap(2, 9), u32.Load())
	var i64 atomic.Int64
	fmt.Println(i64.Add(1<<40), i64.Swap(-1), i64.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 63)
	fmt.Println(u64.Add(1), u64.CompareAndSwap(1<<63+1, 42), u64.Load())
	var up atomic.Uintptr
	fmt.Println(up.Add(16), up.Swap(32), up.CompareAndSwap(32, 48), up.Load())

	// Many goroutines on the typed atomics.
	var n atomic.Uint64
	var flag atomic.Bool
	var wg2 sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 0; k < 1000; k++ {
				n.Add(1)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg2.Wait()
	fmt.Println(n.Load(), flag.Load())
}
