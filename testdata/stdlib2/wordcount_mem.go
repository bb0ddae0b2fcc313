// run

// Word count in memory: generate ~2 MB of text with an LCG over a word list,
// scan it with bufio.Scanner (ScanWords) over strings.NewReader into a map,
// sort by count (descending) then word, print the top 20 (pending/wordcount.go does it via a file).

package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

var words = strings.Fields(`the quick brown fox jumps over lazy dog go gopher
channel goroutine map slice string rune byte interface method struct pointer
defer panic recover closure select switch case range for if else return
package import func var const type error nil true false append copy len cap`)

type entry struct {
	word  string
	count int
}

func main() {
	var b strings.Builder
	seed := uint32(20260601)
	for b.Len() < 2<<20 {
		seed = seed*1103515245 + 12345
		// Skew the distribution: square a uniform draw.
		u := int(seed>>16) % 1000
		idx := u * u / 1000 * len(words) / 1000
		b.WriteString(words[idx])
		if seed&15 == 0 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		counts[sc.Text()]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan:", err)
	}
	es := make([]entry, 0, len(counts))
	for w, c := range counts {
		es = append(es, entry{w, c})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].count != es[j].count {
			return es[i].count > es[j].count
		}
		return es[i].word < es[j].word
	})
	fmt.Println("bytes:", len(text), "words:", total, "distinct:", len(counts))
	for i := 0; i < 20 && i < len(es); i++ {
		fmt.Printf("%-10s %7d\n", es[i].word, es[i].count)
	}
}
