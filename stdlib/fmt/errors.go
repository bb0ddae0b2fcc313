// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand,
// the returned error will implement an Unwrap method returning the operand.
// If there is more than one %w verb, the returned error will implement an
// Unwrap method returning a []error containing all the %w operands in the
// order they appear in the arguments (Go 1.20). It is invalid to supply
// the %w verb with an operand that does not implement the error interface.
// The %w verb is otherwise a synonym for %v.
//
// The formatting is the native engine's (Sprintf, which prints %w as %v
// and a bad %w as Go does); which operands %w wraps is found here, as Go's
// printer records it while formatting.
func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	wrapped := wrappedArgs(format, len(a))
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		if e, ok := a[wrapped[0]].(error); ok {
			return &wrapError{s, e}
		}
		return errors.New(s)
	}
	sortInts(wrapped)
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// wrappedArgs returns the operand indexes of format's %w verbs that have an
// operand (nargs of them). Operand indexes follow Go's rules: each verb and
// each * takes the next operand, and [n] sets the next operand to n-1.
func wrappedArgs(format string, nargs int) []int {
	var wrapped []int
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// Flags, width, precision, argument indexes.
	flags:
		for ; i < len(format); i++ {
			switch c := format[i]; {
			case c == '#' || c == '0' || c == '+' || c == '-' || c == ' ' || c == '.' || ('1' <= c && c <= '9'):
			case c == '*':
				arg++
			case c == '[':
				j := i + 1
				v := 0
				for j < len(format) && '0' <= format[j] && format[j] <= '9' {
					v = v*10 + int(format[j]-'0')
					j++
				}
				if j < len(format) && format[j] == ']' && v > 0 {
					arg = v - 1
					i = j
				} else {
					break flags
				}
			default:
				break flags
			}
		}
		if i >= len(format) {
			break
		}
		switch format[i] {
		case '%':
			continue
		case 'w':
			if arg < nargs {
				wrapped = append(wrapped, arg)
			}
		}
		arg++
	}
	return wrapped
}

// sortInts sorts a few operand indexes (package sort would import too much
// into fmt).
func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
