// run
// go1.22

// The layouts Go 1.20 added (time.DateTime, DateOnly, TimeOnly) with
// Format and Parse, and Time.Compare (also Go 1.20).
//
// Golden written by hand (Go 1.19 lacks these constants and Compare):
// the constants are "2006-01-02 15:04:05", "2006-01-02" and "15:04:05",
// so the lines are what the same layouts spelled out print in Go 1.19,
// and Compare is -1, +1, 0 for before, after and the same instant in
// another zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.DateTime, "|", time.DateOnly, "|", time.TimeOnly)
	t := time.Date(2023, time.March, 4, 5, 6, 7, 890, time.UTC)
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.DateOnly))
	fmt.Println(t.Format(time.TimeOnly))

	p, err := time.Parse(time.DateTime, "2024-02-29 13:14:15")
	fmt.Println(p, err)
	p, err = time.Parse(time.DateOnly, "1999-12-31")
	fmt.Println(p, err, p.Weekday())
	p, err = time.Parse(time.TimeOnly, "23:59:58")
	fmt.Println(p, err)
	_, err = time.Parse(time.DateTime, "2024-02-30 13:14:15")
	fmt.Println(err)

	u := t.Add(time.Nanosecond)
	fmt.Println(t.Compare(u), u.Compare(t), t.Compare(t.In(time.FixedZone("X", 3600))))
}
