// run

// Word statistics without maps: splitting on spaces by hand, counting
// distinct words with a sorted slice, and the longest word.

package main

import "fmt"

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == ',' || s[i] == '.' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 32
		}
	}
	return string(b)
}

type entry struct {
	word  string
	count int
}

func main() {
	text := `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness.`
	words := fields(text)
	fmt.Println("words:", len(words))

	var counts []entry
	for _, w := range words {
		w = lower(w)
		// Insert into the sorted slice, or bump.
		i := 0
		for i < len(counts) && counts[i].word < w {
			i++
		}
		if i < len(counts) && counts[i].word == w {
			counts[i].count++
			continue
		}
		counts = append(counts, entry{})
		copy(counts[i+1:], counts[i:])
		counts[i] = entry{w, 1}
	}
	for _, e := range counts {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}

	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
}
