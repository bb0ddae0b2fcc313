// run

// Pascal's triangle with centred rows, and binomial coefficients modulo a
// prime computed from one row.

package main

import "fmt"

func main() {
	const rows = 10
	row := []int{1}
	for r := 0; r < rows; r++ {
		line := ""
		for i, v := range row {
			if i > 0 {
				line += " "
			}
			line += fmt.Sprintf("%3d", v)
		}
		pad := (rows - r - 1) * 2
		fmt.Printf("%*s%s\n", pad, "", line)
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for i := 1; i < len(row); i++ {
			next[i] = row[i-1] + row[i]
		}
		row = next
	}

	const mod = 1000000007
	c := make([]int64, 101)
	c[0] = 1
	for n := 1; n <= 100; n++ {
		for k := n; k > 0; k-- {
			c[k] = (c[k] + c[k-1]) % mod
		}
	}
	fmt.Println("C(100,50) mod p =", c[50], "C(100,3) =", c[3])
}
