// run

// bufio.Scanner reports ErrTooLong for a token past its buffer; Buffer raises the limit.

package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000)
	in := "short\n" + long + "\nafter\n"
	sc := bufio.NewScanner(strings.NewReader(in))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(in))
	sc.Buffer(make([]byte, 100), 100000)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
}
