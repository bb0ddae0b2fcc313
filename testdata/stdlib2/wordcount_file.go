// run

// Word count: generate ~2 MB of text with an LCG over a word list, write it to
// a unique /tmp file, read it back with bufio.Scanner (ScanWords) into a map,
// sort by count (descending) then word, print the top 20, remove the file.

package main

import (
	"bufio"
	"fmt"
	"os"
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
	path := fmt.Sprintf("/tmp/gorun_wordcount_%s_%d.txt", os.Getenv("GOMAXPROCS"), len(text))
	path = fmt.Sprintf("%s.%d", path, os.Getpid())
	if err := os.WriteFile(path, []byte(text), 0644); err != nil {
		fmt.Println("write:", err)
		os.Exit(1)
	}
	defer os.Remove(path)
	f, err := os.Open(path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		counts[sc.Text()]++
		total++
	}
	f.Close()
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
