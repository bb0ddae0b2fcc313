// run

// bufio: Scanner (lines, words, runes), Reader, Writer with Flush.

package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), ",")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("line1\nline2\nrest"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	c, size, err := r.ReadRune()
	fmt.Println(string(c), size, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	fmt.Println("before flush", w.Buffered())
	w.Flush()
}
