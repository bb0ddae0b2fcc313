// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fmt

import "io"

// The Fprint family formats with the native engine (Sprint*) and writes the
// result to w in one Write call, as Go's printer writes its buffer.

// Fprintf formats according to a format specifier and writes to w.
// It returns the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprint formats using the default formats for its operands and writes to w.
// Spaces are added between operands when neither is a string.
// It returns the number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w.
// Spaces are always added between operands and a newline is appended.
// It returns the number of bytes written and any write error encountered.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Appendf, Append and Appendln (Go 1.19) format and append to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}
