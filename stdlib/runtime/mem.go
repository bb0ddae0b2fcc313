// Memory statistics and collector controls (Go's mstats.go, mgc.go,
// mfinal.go). The collector itself is C++ (runtime/mgc.cpp in the gorun
// tree).
package runtime

// A MemStats records statistics about the memory allocator, as Go's.
// gorun fills Alloc, TotalAlloc, Sys, Mallocs, Frees, HeapAlloc, HeapSys,
// HeapIdle, HeapInuse, HeapReleased, HeapObjects, NextGC, LastGC,
// PauseTotalNs, PauseNs, NumGC, NumForcedGC and EnableGC; the rest are 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// ReadMemStats populates m with memory allocator statistics. It stops the
// world while it reads them.
func ReadMemStats(m *MemStats)

// KeepAlive marks its argument as currently reachable: the object it
// points to is not freed before the call.
func KeepAlive(x any)
