// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand,
// the returned error will implement an Unwrap method returning the operand. It is
// invalid to include more than one %w verb or to supply it with an operand
// that does not implement the error interface. The %w verb is otherwise
// a synonym for %v.
//
// The formatting is the native engine's (Sprintf, which prints %w as %v
// and a bad %w as Go does); which operand %w wraps is found here, as Go's
// printer records it while formatting.
func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	var err error
	if i, ok := wrappedArg(format); ok && i < len(a) {
		if e, isErr := a[i].(error); isErr {
			err = &wrapError{s, e}
		}
	}
	if err == nil {
		err = errors.New(s)
	}
	return err
}

// wrappedArg returns the index in the operand list of the single %w verb of
// format; ok is false when there is none or more than one (Go then wraps
// nothing). Operand indexes follow Go's rules: each verb and each * takes
// the next operand, and [n] sets the next operand to n-1.
func wrappedArg(format string) (index int, ok bool) {
	arg := 0
	found := -1
	n := 0
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
			n++
			found = arg
		}
		arg++
	}
	if n != 1 {
		return 0, false
	}
	return found, true
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
