// skip: loaded by the REPL session testdata/repl/commands.in
package main

import "fmt"

const Version = "1.0"

func double(n int) int { return 2 * n }

func main() { fmt.Println(double(2)) }

func mustPositive(n int) int {
	if n < 0 {
		panic("negative")
	}
	return n
}
