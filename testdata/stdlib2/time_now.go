// run

// Times from the clock: Now's monotonic reading (String's " m=+..."
// suffix, dropped by Round(0) and by UTC, which sets the Location), the
// Times a Timer sends (built by the runtime in Time's encoding), Format
// and Parse round trips. Only properties are printed, never the clock.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	s := start.String()
	i := strings.Index(s, " m=+")
	fmt.Println("m= suffix:", i > 0, strings.HasPrefix(s[i+4:], "0."), len(s)-i-4 >= 11)
	fmt.Println("Round(0) drops it:", !strings.Contains(start.Round(0).String(), "m="))
	fmt.Println("UTC keeps it:", strings.Contains(start.UTC().String(), "m="))
	fmt.Println("zero and Date have none:", !strings.Contains(time.Time{}.String(), "m="),
		!strings.Contains(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).String(), "m="))
	fmt.Println("year:", start.Year() >= 2023, start.Year() < 2200)
	fmt.Println("Equal to itself stripped:", start.Equal(start.Round(0)), start == start.Round(0))

	// A round trip through the RFC 3339 text loses the reading only.
	back, err := time.Parse(time.RFC3339Nano, start.Format(time.RFC3339Nano))
	fmt.Println("round trip:", err, back.Equal(start))
	fmt.Println("unix:", time.Unix(start.Unix(), int64(start.Nanosecond())).Equal(start),
		time.Unix(0, start.UnixNano()).Equal(start))

	// Timer and Ticker values come from the runtime (runtime/time_chan.cpp).
	v := <-time.After(2 * time.Millisecond)
	fmt.Println("timer value:", !v.IsZero(), v.Sub(start) >= 2*time.Millisecond, v.After(start),
		strings.Contains(v.String(), " m=+"), v.Year() == start.Year() || v.Year() == start.Year()+1)
	tk := time.NewTicker(time.Millisecond)
	a := <-tk.C
	b := <-tk.C
	tk.Stop()
	fmt.Println("ticks ordered:", b.After(a), b.Sub(a) > 0, time.Since(a) >= 0)
	d := time.Since(start)
	fmt.Println("since:", d > 0, d < time.Minute, time.Until(start) < 0)
	fmt.Println("truncate:", start.Truncate(time.Hour).Minute() == 0, start.Truncate(time.Hour).Nanosecond() == 0)
}
