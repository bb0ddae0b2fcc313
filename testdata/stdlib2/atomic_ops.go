// run

// Every sync/atomic operation kind, on each width, and a nil address
// (the JIT emits them as instructions: jit/atomics.cpp).

package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var p *int32
	defer func() { fmt.Println("recovered:", recover()) }()
	var x int64 = 5
	fmt.Println(atomic.AddInt64(&x, 3), atomic.SwapInt64(&x, 1), atomic.CompareAndSwapInt64(&x, 1, 9), x, atomic.LoadInt64(&x))
	var u uintptr
	atomic.StoreUintptr(&u, 7)
	fmt.Println(u, atomic.AddUint32(new(uint32), ^uint32(0)))
	var v atomic.Value
	v.Store("s")
	fmt.Println(v.Load(), v.CompareAndSwap("s", "t"), v.Swap("u"), v.Load())
	atomic.AddInt32(p, 1)
}
