// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package sort

// Go's Slice functions use internal/reflectlite for the length of x and a
// function that swaps two of its elements. gorun has no reflection: these
// are a native over the runtime's type descriptors (sliceHeader, in
// runtime/native_sort.cpp) and a Go swap built on it.

// reflectValue is the part of reflectlite.Value that slice.go uses.
type reflectValue struct {
	x any
}

func reflectValueOf(x any) reflectValue { return reflectValue{x} }

// Len returns the length of the slice, panicking as reflect does for other
// kinds.
func (v reflectValue) Len() int {
	n, _ := sliceLen(v.x, "reflect.Value.Len")
	return n
}

// reflectSwapper is reflectlite.Swapper: a function that swaps the
// elements in the slice x. It panics if x is not a slice.
func reflectSwapper(x any) func(i, j int) {
	n, _ := sliceLen(x, "Swapper")
	// Fast path for slices of size 0 and 1. Nothing to swap.
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapElems(x, i, j)
	}
}

// sliceLen returns the length of the slice x and the kind of x, or panics
// with reflect's ValueError text for the method when x is not a slice.
func sliceLen(x any, method string) (int, int) {
	n, kind := sliceHeader(x)
	if kind != kindSlice {
		if kind == 0 {
			panic("reflect: call of " + method + " on zero Value")
		}
		panic("reflect: call of " + method + " on " + kindNames[kind] + " Value")
	}
	return n, kind
}

const kindSlice = 23

// kindNames are reflect.Kind's String values (Go 1.19), by Kind.
var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
	"uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
	"chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
}

// sliceHeader returns len(x) when x holds a slice, and x's reflect.Kind
// (0 for nil).
func sliceHeader(x any) (n int, kind int)

// swapElems swaps x[i] and x[j]; x holds a slice and i, j are in range.
func swapElems(x any, i, j int)
