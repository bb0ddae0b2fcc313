// Copyright 2019 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

package bits

// Go's bits panics with the runtime's own error values (runtime.overflowError,
// runtime.divideError, reached by go:linkname). gorun has no linkname: these
// natives (runtime/native_math.cpp) raise the same runtime errors,
// "runtime error: integer overflow" and "runtime error: integer divide by zero".

func panicOverflow()
func panicDivide()
