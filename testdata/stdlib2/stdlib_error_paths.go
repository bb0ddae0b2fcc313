// run

// stdlib error paths: empty stdin, strconv base/bitSize errors, Quote of invalid UTF-8,
// panics from strings.NewReplacer, Builder copies, bytes.Buffer misuse; Reader.Seek.

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("stdin lines:", n, sc.Err())
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	_, err = strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(err)
	fmt.Println(strconv.Quote("a\xffb\x00\u2028"), strconv.QuoteToGraphic("\t☺"))
	try("replacer", func() { strings.NewReplacer("a") })
	try("builder copy", func() {
		var a strings.Builder
		a.WriteString("x")
		b := a
		b.WriteString("y")
	})
	try("buffer truncate", func() {
		var b bytes.Buffer
		b.WriteString("ab")
		b.Truncate(5)
	})
	try("negative grow", func() {
		var b bytes.Buffer
		b.Grow(-1)
	})
	var b bytes.Buffer
	for i := 0; i < 1000; i++ {
		b.WriteString("0123456789")
	}
	fmt.Println(b.Len(), b.Cap() >= 10000)
	var sink bytes.Buffer
	nn, err := io.Copy(&sink, &b)
	fmt.Println(nn, err, b.Len())
	r := strings.NewReader("seekable")
	r.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
}
