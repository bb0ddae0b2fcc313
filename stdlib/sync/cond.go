package sync

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event (Go's cond.go).
//
// Go's Cond sleeps on the runtime's notifyList (tickets); this one keeps
// the waiters' semaphores in FIFO order under its own mutex, which gives
// the same guarantees: Signal wakes the longest-waiting goroutine,
// Broadcast every goroutine waiting when it is called, and a wakeup is
// never lost between L.Unlock and the sleep (the semaphore counts it).
type Cond struct {
	// L is held while observing or changing the condition
	L Locker

	mu      Mutex
	waiters []*uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(s)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) == 0 {
		c.mu.Unlock()
		return
	}
	s := c.waiters[0]
	c.waiters[0] = nil
	c.waiters = c.waiters[1:]
	c.mu.Unlock()
	runtime_Semrelease(s, false, 0)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	w := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, s := range w {
		runtime_Semrelease(s, false, 0)
	}
}
