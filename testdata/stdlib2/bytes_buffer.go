// run

// bytes.Buffer and common bytes functions.

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
	b.WriteRune('√')
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.String())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	c, _ := b.ReadByte()
	fmt.Println(c)
	rest, _ := io.ReadAll(&b)
	fmt.Printf("%q\n", rest)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF)
	nb := bytes.NewBufferString("x,y,z")
	fmt.Println(nb.Len(), nb.String())
	nb.Truncate(1)
	fmt.Println(nb.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("up")))
	fmt.Printf("%s|\n", bytes.TrimSpace([]byte("  trim  ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" f1  f2 ")))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), string(bytes.Repeat([]byte("-"), 5)))
}
