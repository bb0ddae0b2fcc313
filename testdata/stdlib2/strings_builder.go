// run

// strings.Builder: WriteString, WriteByte, WriteRune, Fprintf, Len, Reset.

package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var big strings.Builder
	big.Grow(10)
	for i := 0; i < 10000; i++ {
		big.WriteString("ab")
	}
	fmt.Println(big.Len(), strings.Count(big.String(), "ba"))
	rd := strings.NewReader("hello reader")
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf), rd.Len())
}
