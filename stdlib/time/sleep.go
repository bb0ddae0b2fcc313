package time

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately. The
// goroutine is parked on a runtime timer: no thread sleeps.
func Sleep(d Duration)

// runtimeNano returns the current value of the runtime's monotonic clock.
func runtimeNano() int64
