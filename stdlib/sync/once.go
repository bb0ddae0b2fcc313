package sync

// Once is an object that will perform exactly one action (Go's once.go).
//
// A Once must not be copied after first use.
type Once struct {
	// done indicates whether the action has been performed. It is first
	// in the struct, as in Go, for the hot path.
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. No call to Do returns until the
// one call to f returns.
func (o *Once) Do(f func()) {
	// Note: a CAS of done would not do: a second caller must wait for
	// the first call of f to finish (the slow path's mutex).
	if loadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		// A panicking f still counts as done (Go's once.go).
		defer storeUint32(&o.done, 1)
		f()
	}
}
