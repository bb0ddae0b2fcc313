// Counts the words of the file named on the command line (issue 5's
// acceptance program): bufio.Scanner splitting words, a map of counts,
// then the 25 most frequent words sorted by count and word, and totals.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wordcount FILE")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	counts := make(map[string]int)
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,"))
		counts[w]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	type kv struct {
		word  string
		count int
	}
	list := make([]kv, 0, len(counts))
	for w, c := range counts {
		list = append(list, kv{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for i := 0; i < 25 && i < len(list); i++ {
		fmt.Printf("%-12s %8d\n", list[i].word, list[i].count)
	}
	fmt.Printf("%d words, %d distinct\n", total, len(counts))
}
