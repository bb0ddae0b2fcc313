// run

// Calendar fields, Format, Parse, String, Unix conversions, Truncate and
// Round of package time (Go's time/format.go and time.go), on fixed dates:
// nothing here depends on the wall clock or the local time zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.String())
	fmt.Printf("%v|%s\n", t, t.Month())
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay(), t.Weekday().String(), int(t.Month()))
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)
	yy, ww := t.ISOWeek()
	fmt.Println("iso week", yy, ww)

	// The predefined layouts.
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822,
		time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339,
		time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano,
	}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	// Custom layouts with the reference-time elements.
	custom := []string{
		"2006-01-02 15:04:05",
		"2006-01-02",
		"15:04:05",
		"Monday, January 2, 2006",
		"Mon Jan _2 3:04:05.000 PM",
		"06/1/2 3pm",
		"__2 002",
		".000000 ,999 .999999999",
		"Z0700 Z07:00 -07 -0700 -07:00:00 MST",
		"[2006] literal text 01",
	}
	for _, l := range custom {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	fz := time.FixedZone("EST", -5*3600)
	tz := t.In(fz)
	fmt.Println(tz, tz.Location(), tz.Equal(t), tz == t)
	fmt.Println(tz.Format(time.RFC3339), tz.Format(time.RFC1123Z), tz.Format("Z0700 MST"))
	name, off := tz.Zone()
	fmt.Println(name, off)

	// The zero Time.
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Year(), z.Weekday())
	fmt.Println(time.Time{}.Equal(z), t.IsZero())

	// Unix conversions.
	u := time.Unix(1257894000, 5).UTC()
	fmt.Println(u, u.Unix(), u.UnixNano(), u.UnixMilli(), u.UnixMicro())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1, -1).UTC())
	fmt.Println(time.UnixMilli(1257894000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())

	// Arithmetic.
	t2 := t.Add(36*time.Hour + 30*time.Second)
	fmt.Println(t2, t2.Sub(t), t.Sub(t2), t2.After(t), t2.Before(t))
	fmt.Println(t.AddDate(0, 3, 0), t.AddDate(-10, -11, 25))
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).YearDay())

	// Truncate and Round for Time and Duration.
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	dur := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	for _, m := range []time.Duration{0, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Println(m, dur.Truncate(m), dur.Round(m), (-dur).Round(m))
	}

	// Parse.
	parse := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2023-03-15T08:30:00+05:30"},
		{time.RFC3339, "2023-03-15T08:30:00-07:00"},
		{time.RFC3339Nano, "2023-03-15T08:30:00.123456789Z"},
		{time.RFC3339, "2023-03-15T08:30:00.5Z"},
		{time.Kitchen, "3:04PM"},
		{time.ANSIC, "Tue Nov 10 23:04:05 2009"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:04:05 UTC"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:04:05 +0100"},
		{"2006-01-02 15:04:05", "2021-12-31 23:59:59"},
		{"2006-01-02", "2020-02-29"},
		{"15:04:05", "12:34:56"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
		{"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2021-13-01"},
		{time.RFC3339, "2021-01-01"},
		{"2006-01-02", "x2021-01-01"},
		{time.Kitchen, "13:04PM"},
		{"Jan _2", "Feb 31"},
		{"2006-01-02 15:04", "2021-01-01 10:04 extra"},
	}
	for _, p := range parse {
		pt, err := time.Parse(p[0], p[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(pt, "|", pt.Format(time.RFC3339Nano), pt.Unix())
	}
	loc := time.FixedZone("CET", 3600)
	pl, err := time.ParseInLocation("2006-01-02 15:04", "2022-07-01 12:00", loc)
	fmt.Println(pl, err)
	utc, err := time.LoadLocation("UTC")
	fmt.Println(utc, err)
	_, err = time.LoadLocation("../x")
	fmt.Println(err)

	// Durations.
	for _, s := range []string{"1h15m30.918273645s", "300ms", "-1.5h", "2h45m", "1µs", "1us", "", "3", "1d", ".s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}

	// Months and weekdays.
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday+1; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()

	// UTC, Local and Equal.
	fmt.Println(t.UTC() == t, t.UTC().Equal(t.In(fz)), t.Location(), time.UTC)
	fmt.Printf("%q\n", t.GoString())
}
