// Package context defines the Context type, which carries deadlines,
// cancellation signals, and other request-scoped values across API
// boundaries and between processes (Go's context/context.go).
//
// The structure is Go's: a tree of contexts in which a cancelCtx knows
// its cancelable children and cancels them with itself; a child whose
// parent is a context of this package registers in the parent's children,
// any other parent is watched by a goroutine. gorun's differences: the
// contexts hold their parent in a field instead of embedding it, the
// children are a slice, and Done's channel is made eagerly.
package context

import (
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values
// across API boundaries.
type Context interface {
	// Deadline returns the time when work done on behalf of this context
	// should be canceled. Deadline returns ok==false when no deadline is
	// set.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel that's closed when work done on behalf of
	// this context should be canceled. Done may return nil if this
	// context can never be canceled.
	Done() <-chan struct{}

	// If Done is not yet closed, Err returns nil. If Done is closed, Err
	// returns a non-nil error explaining why: Canceled if the context was
	// canceled or DeadlineExceeded if the context's deadline passed.
	Err() error

	// Value returns the value associated with this context for key, or
	// nil if no value is associated with key.
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
// (Go: errors.New("context canceled"); a type of its own here keeps
// context independent of package errors.)
var Canceled error = canceledError{}

type canceledError struct{}

func (canceledError) Error() string { return "context canceled" }

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// An emptyCtx is never canceled, has no values, and has no deadline.
type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) {
	return
}

func (*emptyCtx) Done() <-chan struct{} {
	return nil
}

func (*emptyCtx) Err() error {
	return nil
}

func (*emptyCtx) Value(key any) any {
	return nil
}

func (e *emptyCtx) String() string {
	switch e {
	case background:
		return "context.Background"
	case todo:
		return "context.TODO"
	}
	return "unknown empty Context"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

// Background returns a non-nil, empty Context. It is never canceled, has
// no values, and has no deadline.
func Background() Context {
	return background
}

// TODO returns a non-nil, empty Context. Code should use context.TODO when
// it's unclear which Context to use or it is not yet available.
func TODO() Context {
	return todo
}

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

// WithCancel returns a copy of parent with a new Done channel. The
// returned context's Done channel is closed when the returned cancel
// function is called or when the parent context's Done channel is closed,
// whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCancelCtx(parent)
	propagateCancel(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

func newCancelCtx(parent Context) *cancelCtx {
	return &cancelCtx{parent: parent, done: make(chan struct{})}
}

// propagateCancel arranges for child to be canceled when parent is.
func propagateCancel(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return // parent is never canceled
	}

	select {
	case <-done:
		// parent is already canceled
		child.cancel(false, parent.Err())
		return
	default:
	}

	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			// parent has already been canceled
			err := p.err
			p.mu.Unlock()
			child.cancel(false, err)
		} else {
			p.children = append(p.children, child)
			p.mu.Unlock()
		}
	} else {
		go func() {
			select {
			case <-parent.Done():
				child.cancel(false, parent.Err())
			case <-child.Done():
			}
		}()
	}
}

// &cancelCtxKey is the key that a cancelCtx returns itself for.
var cancelCtxKey int

// parentCancelCtx returns the underlying *cancelCtx for parent. It does
// this by looking up parent.Value(&cancelCtxKey) to find the innermost
// enclosing *cancelCtx and then checking whether parent.Done() matches
// that *cancelCtx.
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	if p.done != done {
		return nil, false
	}
	return p, true
}

// removeChild removes a context from its parent.
func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	for i, c := range p.children {
		if c == child {
			last := len(p.children) - 1
			p.children[i] = p.children[last]
			p.children[last] = nil
			p.children = p.children[:last]
			break
		}
	}
	p.mu.Unlock()
}

// A canceler is a context type that can be canceled directly.
type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

// A cancelCtx can be canceled. When canceled, it also cancels any
// children that implement canceler.
type cancelCtx struct {
	parent Context

	mu       sync.Mutex    // protects following fields
	done     chan struct{} // closed by the first cancel call
	children []canceler    // set to nil by the first cancel call
	err      error         // set to non-nil by the first cancel call
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) {
	return c.parent.Deadline()
}

func (c *cancelCtx) Value(key any) any {
	if k, ok := key.(*int); ok && k == &cancelCtxKey {
		return c
	}
	return c.parent.Value(key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	return c.done
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return "context.WithCancel"
}

// cancel closes c.done, cancels each of c's children, and, if
// removeFromParent is true, removes c from its parent's children.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // already canceled
	}
	c.err = err
	close(c.done)
	children := c.children
	c.children = nil
	c.mu.Unlock()
	for _, child := range children {
		// NOTE: acquiring the child's lock while holding parent's lock.
		child.cancel(false, err)
	}
	if removeFromParent {
		removeChild(c.parent, c)
	}
}

// WithDeadline returns a copy of the parent context with the deadline
// adjusted to be no later than d. If the parent's deadline is already
// earlier than d, WithDeadline(parent, d) is semantically equivalent to
// parent. The returned context's Done channel is closed when the deadline
// expires, when the returned cancel function is called, or when the
// parent context's Done channel is closed, whichever happens first.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The current deadline is already sooner than the new one.
		return WithCancel(parent)
	}
	c := &timerCtx{c: newCancelCtx(parent), deadline: d}
	propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded) // deadline has already passed
		return c, func() { c.cancel(false, Canceled) }
	}
	c.c.mu.Lock()
	if c.c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded)
		})
	}
	c.c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled) }
}

// A timerCtx carries a timer and a deadline. It wraps a cancelCtx to
// implement Done and Err. It implements cancel by stopping its timer then
// delegating to cancelCtx.cancel.
type timerCtx struct {
	c     *cancelCtx
	timer *time.Timer // Under c.mu.

	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) Done() <-chan struct{} { return c.c.Done() }
func (c *timerCtx) Err() error            { return c.c.Err() }
func (c *timerCtx) Value(key any) any     { return c.c.Value(key) }

func (c *timerCtx) String() string {
	return "context.WithDeadline"
}

func (c *timerCtx) cancel(removeFromParent bool, err error) {
	c.c.cancel(false, err)
	if removeFromParent {
		// Remove this timerCtx from its parent cancelCtx's children.
		removeChild(c.c.parent, c)
	}
	c.c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.c.mu.Unlock()
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithValue returns a copy of parent in which the value associated with
// key is val. The provided key must be comparable.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

// A valueCtx carries a key-value pair. It implements Value for that key
// and delegates all other calls to the parent Context.
type valueCtx struct {
	parent   Context
	key, val any
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.parent.Done() }
func (c *valueCtx) Err() error                              { return c.parent.Err() }

func (c *valueCtx) String() string {
	return "context.WithValue"
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}
