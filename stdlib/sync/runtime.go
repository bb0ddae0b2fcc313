// Package sync's bridge to the runtime: semaphores (runtime/sema.cpp) and
// the atomic operations Mutex and WaitGroup need, as bodyless natives.
package sync

// runtime_Semacquire waits until *s > 0 and then decrements it.
// It is intended as a simple sleep primitive for use by the synchronization
// library and should not be used directly.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is like runtime_Semacquire, but for profiling
// contended Mutexes. If lifo is true, queue waiter at the head of wait
// queue. skipframes is the number of frames to omit during tracing,
// counting from runtime_SemacquireMutex's caller (unused in gorun).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease atomically increments *s and notifies a waiting
// goroutine if one is blocked in Semacquire. If handoff is true, pass
// count directly to the first waiter. skipframes is unused in gorun.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// Active spinning runtime support.
// runtime_canSpin reports whether spinning makes sense at the moment.
func runtime_canSpin(i int) bool

// runtime_doSpin does active spinning (30 PAUSE instructions).
func runtime_doSpin()

// runtime_nanotime is the runtime's monotonic clock.
func runtime_nanotime() int64

// The atomics Mutex and WaitGroup use: instructions (jit/atomics.cpp).
func addInt32(p *int32, delta int32) int32
func loadInt32(p *int32) int32
func casInt32(p *int32, old int32, new int32) bool
func addInt64(p *int64, delta int64) int64
func loadInt64(p *int64) int64
func casInt64(p *int64, old int64, new int64) bool

// fatal prints "fatal error: s" and exits 2 (Go's sync.fatal).
func fatal(s string)

// throw is Go's sync.throw: an internal inconsistency, also fatal.
func throw(s string) { fatal(s) }
