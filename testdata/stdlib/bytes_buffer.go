// run

// bytes: Buffer and the functions mirroring strings.

package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.String())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	b.Reset()
	_, err = b.ReadByte()
	fmt.Println(b.Len(), err == io.EOF)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Printf("%q %q %s\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Fields([]byte(" x  y ")), bytes.ToUpper([]byte("abc")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), string(bytes.TrimSpace([]byte("  hi  "))), bytes.HasPrefix([]byte("golang"), []byte("go")))
	buf := bytes.NewBufferString("x")
	fmt.Fprintf(buf, "%d-%s", 7, "y")
	fmt.Println(buf.String())
}
