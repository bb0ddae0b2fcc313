// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fmt

import (
	"errors"
	"io"
)

// The scanner is native (runtime/fmt_scan.cpp, Go's fmt/scan.go over type
// descriptors), so that fmt needs no strconv; this file only turns its
// result into Go's error values. Not here: Scan, Scanln, Scanf and the
// Fscan family (reading from an io.Reader), the Scanner and ScanState
// interfaces.

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space. It
// returns the number of items successfully scanned. If that is less
// than the number of arguments, err will report why.
func Sscan(str string, a ...any) (n int, err error) {
	return scanResult(sscan(str, "", 0, a))
}

// Sscanln is similar to Sscan, but stops scanning at a newline and
// after the final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return scanResult(sscan(str, "", 1, a))
}

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format. It
// returns the number of items successfully parsed.
// Newlines in the input must match newlines in the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return scanResult(sscan(str, format, 2, a))
}

// sscan scans str (mode 0: Sscan, 1: Sscanln, 2: Sscanf with format) into
// a's pointers; kind is the error: 0 none, 1 io.EOF, 2 io.ErrUnexpectedEOF,
// 3 errors.New(msg).
func sscan(str, format string, mode int, a []any) (n, kind int, msg string)

func scanResult(n, kind int, msg string) (int, error) {
	switch kind {
	case 0:
		return n, nil
	case 1:
		return n, io.EOF
	case 2:
		return n, io.ErrUnexpectedEOF
	}
	return n, errors.New(msg)
}
