// Timers and tickers (Go's time/sleep.go and tick.go) over the runtime's
// per-P timer heaps (runtime/time.cpp, time_chan.cpp).
package time

// runtimeTimer mirrors the runtime's Timer (runtime/sched.h) and adds what
// its function needs; keep in sync with runtime/time_chan.cpp.
type runtimeTimer struct {
	when   int64
	period int64
	f      uintptr       // set by startTimer
	arg    *runtimeTimer // the timer itself, set by startTimer
	seq    uintptr
	pp     uintptr
	idx    int32
	c      chan Time // sendTime's channel
	fn     func()    // AfterFunc's function
}

// startTimer adds t to the current P's timer heap; kind 0 sends the time
// on t.c when it fires, 1 starts t.fn on a new goroutine.
func startTimer(t *runtimeTimer, kind int)

// stopTimer removes t from its heap; it reports whether t was pending.
func stopTimer(t *runtimeTimer) bool

// resetTimer moves t to when, reporting whether it was pending.
func resetTimer(t *runtimeTimer, when int64) bool

// when is a helper function for setting the 'when' field of a runtimeTimer.
// It returns what the time will be, in nanoseconds, Duration d in the future.
// If d is negative, it is ignored. If the returned value would be less than
// zero because of an overflow, MaxInt64 is returned.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		// N.B. runtimeNano() and d are always positive, so addition
		// (including overflow) will never result in t == 0.
		t = 1<<63 - 1 // math.MaxInt64
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r.f == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = when(d)
	t.r.c = c
	startTimer(&t.r, 0)
	return t
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	return resetTimer(&t.r, w)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.when = when(d)
	t.r.fn = f
	startTimer(&t.r, 1)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The ticker will adjust the time
// interval or drop ticks to make up for slow receivers. The duration d
// must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	// Give the channel a 1-element time buffer. If the client falls
	// behind while reading, we drop ticks on the floor until the client
	// catches up.
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = when(d)
	t.r.period = int64(d)
	t.r.c = c
	startTimer(&t.r, 0)
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.period = int64(d)
	resetTimer(&t.r, when(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
