// Package sync's bridge to the runtime: semaphores (runtime/sema.cpp) and
// the atomic operations Mutex and WaitGroup need, as bodyless natives.
package sync

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_Semrelease increments *s and wakes one goroutine waiting in
// runtime_Semacquire on s, if any.
func runtime_Semrelease(s *uint32)

func addInt32(p *int32, delta int32) int32
func loadInt32(p *int32) int32
func casInt32(p *int32, old int32, new int32) bool
func addInt64(p *int64, delta int64) int64
func loadInt64(p *int64) int64
func casInt64(p *int64, old int64, new int64) bool

// fatal prints "fatal error: s" and exits 2 (Go's sync.fatal).
func fatal(s string)
