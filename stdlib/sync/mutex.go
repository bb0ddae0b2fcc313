// Package sync provides basic synchronization primitives: Mutex and
// WaitGroup for now; the rest arrives with channels.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
//
// This one counts lockers in state: Lock adds one and owns the lock if
// it was the first; otherwise it sleeps on sema. Unlock subtracts one and,
// if others are queued, hands the lock to one of them (Go's mutex adds
// spinning and a starvation mode over the same semaphore).
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if addInt32(&m.state, 1) == 1 {
		return
	}
	runtime_Semacquire(&m.sema)
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return casInt32(&m.state, 0, 1)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock() {
	n := addInt32(&m.state, -1)
	if n == 0 {
		return
	}
	if n < 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	runtime_Semrelease(&m.sema)
}
