package sync

// More of package sync's atomics (instructions: jit/atomics.cpp):
// the atomics Once and RWMutex need.
func storeInt32(p *int32, v int32)
func loadUint32(p *uint32) uint32
func storeUint32(p *uint32, v uint32)
func casUint32(p *uint32, old uint32, new uint32) bool
