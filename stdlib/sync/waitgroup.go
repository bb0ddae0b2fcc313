package sync

// A WaitGroup waits for a collection of goroutines to finish. The main
// goroutine calls Add to set the number of goroutines to wait for; each
// goroutine calls Done when finished; Wait blocks until all have.
//
// state holds the counter in its high 32 bits and the number of waiters
// in its low 32 bits, as Go's; waiters sleep on sema.
type WaitGroup struct {
	state int64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If
// the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	state := addInt64(&wg.state, int64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is zero and there are waiters: reset and wake them all.
	if loadInt64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	casInt64(&wg.state, state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := loadInt64(&wg.state)
		v := int32(state >> 32)
		if v == 0 {
			return
		}
		if casInt64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema)
			return
		}
	}
}
