// Benchmark: everyday string work. Builds a 4 MB text with strings.Builder,
// then splits it into lines and fields, upper-cases, searches, replaces
// and joins, and converts between strings, []byte and []rune.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	words := []string{"alpha", "beta", "gamma", "delta", "épsilon", "zeta", "eta", "theta"}
	for i := 0; b.Len() < 4<<20; i++ {
		b.WriteString(words[i%len(words)])
		if i%9 == 8 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	total := 0
	for round := 0; round < 3; round++ {
		lines := strings.Split(text, "\n")
		for _, line := range lines {
			fields := strings.Fields(line)
			total += len(fields)
			up := strings.ToUpper(line)
			if strings.Contains(up, "GAMMA DELTA") {
				total++
			}
			total += strings.Index(line, "eta") + strings.Count(line, "a")
		}
		r := strings.NewReplacer("alpha", "A", "beta", "B")
		total += len(r.Replace(text))
		total += len(strings.Join(lines[:1000], "|"))
		total += len([]rune(text[:1<<20])) + len([]byte(text[:1<<20]))
		total += len(strings.Repeat("ab", 1<<18)) + len(strings.TrimSpace("  x  "))
	}
	fmt.Println(total)
}
