// Instants (a subset of Go's time/time.go): Now, Since, Until, Unix and
// the arithmetic and comparisons of Time.
//
// A Time holds the wall clock as Unix nanoseconds and, when it came from
// Now, a monotonic clock reading; as in Go, Sub, Before, After and Equal
// use the monotonic readings when both times have one, so measured
// durations never go backwards when the wall clock is set. Locations and
// calendar fields are not here yet (every Time is UTC).
package time

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	wall int64 // Unix nanoseconds
	mono int64 // runtime monotonic clock (0: none); keep in sync with runtime/time_chan.cpp
}

// now returns the wall clock (Unix nanoseconds) and the monotonic clock.
func now() (wall int64, mono int64)

// Now returns the current local time.
func Now() Time {
	w, m := now()
	return Time{wall: w, mono: m}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	return Time{wall: sec*1e9 + nsec}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Time{wall: msec * 1e6} }

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or
// minimum) duration will be returned.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subClamped(t.mono, u.mono)
	}
	return subClamped(t.wall, u.wall)
}

func subClamped(t, u int64) Duration {
	d := Duration(t - u)
	switch {
	case u <= t && d < 0:
		return maxDuration
	case u > t && d > 0:
		return minDuration
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.wall > u.wall
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

// Compare compares the time instant t with u: -1, 0 or +1.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// IsZero reports whether t represents the zero time instant.
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 {
	if t.wall < 0 {
		return -((-t.wall + 999999999) / 1e9)
	}
	return t.wall / 1e9
}

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.wall }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.wall / 1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.wall / 1e3 }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int {
	n := t.wall % 1e9
	if n < 0 {
		n += 1e9
	}
	return int(n)
}

// Round returns the result of rounding d to the nearest multiple of m.
// The rounding behavior for halfway values is to round away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// lessThanHalf reports whether x+x < y but avoids overflow,
// assuming x and y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}
