// Writes N megabytes of deterministic text to the file named by the first
// argument: words drawn with a skewed LCG from a fixed list, lines of
// varying length, some punctuation and mixed case, so that counting words
// exercises bufio.Scanner, maps and sorting on realistic input.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

var words = strings.Fields(`the quick brown fox jumps over lazy dog go gopher
channel goroutine map slice string rune byte interface method struct pointer
defer panic recover closure select switch case range for if else return
package import func var const type error nil true false append copy len cap
Stack Heap Garbage Collector Scheduler Processor Machine Thread mutex wait
cond once atomic value pool context deadline cancel timer ticker sleep
unicode utf8 bytes buffer reader writer scanner token split fields trim`)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gen FILE MEGABYTES")
		os.Exit(2)
	}
	mb, err := strconv.Atoi(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(f)
	seed := uint32(20261129)
	n := 0
	for n < mb<<20 {
		seed = seed*1103515245 + 12345
		u := int(seed>>16) % 1000
		word := words[u*u/1000*len(words)/1000]
		switch seed >> 28 {
		case 0:
			word += ","
		case 1:
			word += "."
		}
		w.WriteString(word)
		n += len(word) + 1
		if seed&15 == 0 {
			w.WriteByte('\n')
		} else {
			w.WriteByte(' ')
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f.Close()
}
