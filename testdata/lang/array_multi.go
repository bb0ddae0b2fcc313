// run

// Multidimensional arrays: identity matrix, transpose, and a 3-D array.

package main

import "fmt"

const N = 4

func transpose(m [N][N]int) [N][N]int {
	var t [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	var id [N][N]int
	for i := range id {
		id[i][i] = 1
	}
	for _, row := range id {
		fmt.Println(row)
	}

	var m [N][N]int
	k := 0
	for i := range m {
		for j := range m[i] {
			k++
			m[i][j] = k
		}
	}
	t := transpose(m)
	for i := range t {
		fmt.Println(m[i], t[i])
	}
	fmt.Println(transpose(t) == m)

	var cube [2][2][2]string
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for l := 0; l < 2; l++ {
				cube[i][j][l] = fmt.Sprint(i, j, l)
			}
		}
	}
	fmt.Println(cube)

	// Sum of the diagonal and anti-diagonal.
	d1, d2 := 0, 0
	for i := 0; i < N; i++ {
		d1 += m[i][i]
		d2 += m[i][N-1-i]
	}
	fmt.Println(d1, d2)

	board := [3][3]byte{{'X', 'O', 'X'}, {' ', 'X', 'O'}, {'O', ' ', 'X'}}
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
}
