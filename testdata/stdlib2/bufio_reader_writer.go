// run

// bufio.Reader (ReadRune, ReadByte, UnreadByte, Peek, ReadLine) and bufio.Writer into a Builder.

package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo\nworld\r\nend"))
	c, _ := r.ReadByte()
	fmt.Println(string(c))
	ru, size, _ := r.ReadRune()
	fmt.Println(string(ru), size)
	r.UnreadRune()
	ru, _, _ = r.ReadRune()
	fmt.Println(string(ru))
	p, _ := r.Peek(3)
	fmt.Printf("%q\n", p)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, _, _ = r.ReadLine()
	fmt.Printf("%q\n", line)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "item%d;", i)
	}
	fmt.Println(sb.Len() > 0, w.Buffered() > 0)
	w.Flush()
	fmt.Println(sb.String())
	sc := bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
}
