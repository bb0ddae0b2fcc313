// run

// io: ReadAll, Copy, Discard, WriteString, EOF, LimitReader, MultiReader.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", data, err)
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "written\n")
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))
	buf := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err, err == io.ErrUnexpectedEOF, io.EOF)
}
