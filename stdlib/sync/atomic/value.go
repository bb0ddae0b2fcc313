// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package atomic

// A Value provides an atomic load and store of a consistently typed
// value. The zero value for a Value returns nil from Load. Once Store has
// been called, a Value must not be copied.
//
// A Value must not be copied after first use.
//
// gorun: Go's Value is the two words of an interface, published with
// unsafe.Pointer atomics in a careful order (the type word last, with a
// sentinel type while the first store is in flight). gorun has no package
// unsafe, so a Value points to an immutable valueBox and every Store
// publishes a new box with one pointer-sized atomic (runtime/sema.cpp):
// Load is a single atomic load, as in Go, and a reader can never see the
// type of one value with the data of another. The box costs Store one
// small allocation. The first store fixes the type: typ is the interface's
// type word, compared to reject inconsistently typed values as Go does.
type Value struct {
	b *valueBox
}

type valueBox struct {
	typ uintptr // the type word of v (runtime_efaceType)
	v   any
}

// The natives: atomic operations on a *valueBox word, and the type word
// of an interface.
func loadValueBox(p **valueBox) *valueBox
func storeValueBox(p **valueBox, b *valueBox)
func swapValueBox(p **valueBox, b *valueBox) *valueBox
func casValueBox(p **valueBox, old, new *valueBox) bool
func runtime_efaceType(x any) uintptr

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	b := loadValueBox(&v.b)
	if b == nil {
		return nil
	}
	return b.v
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	nb := &valueBox{typ: runtime_efaceType(val), v: val}
	for {
		b := loadValueBox(&v.b)
		if b == nil {
			// Attempt to start first store.
			if casValueBox(&v.b, nil, nb) {
				return
			}
			continue
		}
		// First store completed. Check type and overwrite data.
		if b.typ != nb.typ {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeValueBox(&v.b, nb)
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
//
// All calls to Swap for a given Value must use values of the same
// concrete type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	nb := &valueBox{typ: runtime_efaceType(new), v: new}
	for {
		b := loadValueBox(&v.b)
		if b == nil {
			// Attempt to start first store.
			if casValueBox(&v.b, nil, nb) {
				return nil
			}
			continue
		}
		// First store completed. Check type and overwrite data.
		if b.typ != nb.typ {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return swapValueBox(&v.b, nb).v
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
//
// All calls to CompareAndSwap for a given Value must use values of the
// same concrete type. CompareAndSwap of an inconsistent type panics, as
// does CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	nb := &valueBox{typ: runtime_efaceType(new), v: new}
	if old != nil && runtime_efaceType(old) != nb.typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		b := loadValueBox(&v.b)
		if b == nil {
			if old != nil {
				return false
			}
			// Attempt to start first store.
			if casValueBox(&v.b, nil, nb) {
				return true
			}
			continue
		}
		// First store completed. Check type and overwrite data.
		if b.typ != nb.typ {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare old and current via runtime equality check. This allows
		// value types to be compared, something not offered by the
		// package functions. casValueBox below only ensures v.b has not
		// changed since loadValueBox.
		if b.v != old { // panics if old is not comparable
			return false
		}
		return casValueBox(&v.b, b, nb)
	}
}
