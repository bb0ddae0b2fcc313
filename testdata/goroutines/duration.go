// run

// time.Duration: constants, arithmetic and String.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond))
	fmt.Println(int64(time.Second), int64(time.Minute), int64(time.Hour))
	d := 90 * time.Minute
	fmt.Println(d.String(), d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println((1500 * time.Millisecond).String())
	fmt.Println((2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond).String())
	fmt.Println(time.Duration(0).String(), time.Duration(1).String(), (1200 * time.Microsecond).String())
	fmt.Println((-3 * time.Second).String(), (1100 * time.Nanosecond).String())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println((d + time.Second).Truncate(time.Minute).String(), (-d).Abs().String())
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total.String(), total > time.Second, int64(total/time.Millisecond))
}
