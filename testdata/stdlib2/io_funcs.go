// run

// io.Reader/Writer interfaces, ReadAll, Copy, EOF, custom readers.

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	data, err := io.ReadAll(rot13{strings.NewReader("Uryyb, Tbcure!")})
	fmt.Println(string(data), err)
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(n, err, buf.Len())
	cw := &countWriter{}
	io.WriteString(cw, "hello")
	fmt.Fprint(cw, 12345)
	fmt.Println(cw.n)
	n, _ = io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n)
	r := strings.NewReader("abc")
	p := make([]byte, 2)
	for {
		k, err := r.Read(p)
		fmt.Println(k, string(p[:k]), err)
		if err == io.EOF {
			break
		}
	}
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var w io.Writer = io.MultiWriter(&buf, cw)
	fmt.Fprint(w, "multi")
	fmt.Println(cw.n, buf.Len())
	full := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
}
