// run

// time.Duration: constants, arithmetic, String as Go prints it, the
// conversions, and Time arithmetic.

package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, 100 * time.Millisecond,
		1500 * time.Millisecond, 2 * time.Minute, 90 * time.Minute, -3 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		1<<63 - 1,
	}
	for _, d := range ds {
		fmt.Println(d.String(), int64(d))
	}
	d := 1500 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Minutes())
	fmt.Println((90 * time.Minute).Hours())
	fmt.Println(d.Truncate(time.Second).String(), d.Round(time.Second).String())
	fmt.Println((time.Second / 3).String(), (time.Second * 3 / 2).String())

	t0 := time.Unix(1700000000, 0)
	t1 := t0.Add(90 * time.Second)
	fmt.Println(t1.Sub(t0).String(), t0.Sub(t1).String())
	fmt.Println(t0.Before(t1), t0.After(t1), t1.After(t0), t0.Equal(t0.Add(0)))
	fmt.Println(t1.Unix(), t1.UnixNano(), t1.UnixMilli())
	var zero time.Time
	fmt.Println(zero.IsZero(), t0.IsZero())

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	deadline := time.Now().Add(time.Hour)
	u := time.Until(deadline)
	fmt.Println(u > 59*time.Minute && u <= time.Hour)
}
