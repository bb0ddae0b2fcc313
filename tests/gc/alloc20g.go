// The collector keeps a program that allocates without bound in bounded
// memory: 20 GB allocated in all, in short-lived slices, maps, strings,
// closures and channels, must run with a peak RSS under 100 MB
// (tests/gc/rss-check.sh checks it). Also valid Go: `go run` agrees.
package main

import "fmt"

type item struct {
	name string
	vals []int
	next *item
}

var sink *item
var fsink func() int

func main() {
	const total = 20 << 30
	allocated := 0
	sum := 0
	var keep *item // a small live list, replaced as we go
	for round := 0; allocated < total; round++ {
		// A 64 KiB slice of ints and a 32 KiB byte slice.
		s := make([]int, 8192)
		s[round%8192] = round
		b := make([]byte, 32<<10)
		b[round%len(b)] = byte(round)
		allocated += 64<<10 + 32<<10
		// A map with a few entries.
		m := make(map[int]string)
		for i := 0; i < 8; i++ {
			m[i] = "v"
		}
		allocated += 1 << 10
		// Strings.
		str := ""
		for i := 0; i < 4; i++ {
			str += "abcdefgh"
		}
		allocated += 4 * 64
		// A closure capturing the slice.
		f := func() int { return s[round%8192] + len(str) + len(m) }
		fsink = f
		sum += f()
		// A channel of pointers.
		ch := make(chan *item, 4)
		it := &item{name: str, vals: s[:16], next: keep}
		ch <- it
		got := <-ch
		allocated += 256
		if round%1000 == 0 {
			keep = &item{name: "keep", vals: make([]int, 16)}
		} else {
			keep = got
			keep.next = nil
		}
		sink = keep
		_ = b
	}
	fmt.Println("allocated GB:", allocated>>30, "ok:", sum > 0)
}
