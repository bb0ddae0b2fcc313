// run

// Slices of slices: jagged arrays, a 2-D grid built row by row, and
// rows that share one backing array.

package main

import "fmt"

func main() {
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row, len(row))
	}

	// One backing array, rows as windows onto it.
	const rows, cols = 3, 4
	backing := make([]int, rows*cols)
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = backing[i*cols : (i+1)*cols]
	}
	grid[1][2] = 7
	grid[2][0] = 8
	fmt.Println(backing)
	fmt.Println(grid)

	// Appending rows.
	var words [][]string
	words = append(words, []string{"a"})
	words = append(words, []string{"b", "c"})
	words[0] = append(words[0], "z")
	fmt.Println(words, len(words), len(words[0]))

	// Literal with elided inner types.
	m := [][]float64{{1, 2}, {3.5}, {}}
	fmt.Println(m, len(m[2]))

	// nil rows.
	var jag [][]byte = make([][]byte, 2)
	fmt.Println(jag[0] == nil, len(jag[1]))

	// Slices of arrays.
	pairs := [][2]int{{1, 2}, {3, 4}}
	pairs = append(pairs, [2]int{5, 6})
	fmt.Println(pairs)
}
