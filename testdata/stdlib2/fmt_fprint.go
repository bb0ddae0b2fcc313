// run

// Fprint family to os.Stdout, os.Stderr and any io.Writer; Print spacing rules.

package main

import (
	"fmt"
	"os"
	"strings"
)

type upperWriter struct{ sb strings.Builder }

func (u *upperWriter) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr")
	uw := &upperWriter{}
	fmt.Fprintf(uw, "hello %s %d\n", "writer", 7)
	fmt.Fprint(uw, "a", "b", 1, 2, "c\n")
	fmt.Print(uw.sb.String())
	fmt.Print("x", 1, 2, "y", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", 1, true, nil, 'x', 2.0)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	s := fmt.Sprintf("%[2]d %[1]d %d", 10, 20)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%3d|%-3d|%03d", -1, -1, -1))
	fmt.Println(fmt.Sprintf("%.3s|%.10s|%5.1s|", "abcdef", "ab", "xyz"))
	fmt.Println(fmt.Sprintf("%+.2e|% .3f|%#g|%#.3x", 12345.6789, 2.0, 1.0, 255))
}
