// run

// N-queens by backtracking: solution counts for n = 1..9 and the first
// solution for n = 8 drawn as a board.

package main

import "fmt"

type solver struct {
	n     int
	cols  []bool
	diag1 []bool
	diag2 []bool
	pos   []int
	count int
	first []int
}

func (s *solver) place(row int) {
	if row == s.n {
		if s.count == 0 {
			s.first = append([]int(nil), s.pos...)
		}
		s.count++
		return
	}
	for c := 0; c < s.n; c++ {
		if s.cols[c] || s.diag1[row+c] || s.diag2[row-c+s.n-1] {
			continue
		}
		s.cols[c], s.diag1[row+c], s.diag2[row-c+s.n-1] = true, true, true
		s.pos[row] = c
		s.place(row + 1)
		s.cols[c], s.diag1[row+c], s.diag2[row-c+s.n-1] = false, false, false
	}
}

func solve(n int) *solver {
	s := &solver{n: n, cols: make([]bool, n), diag1: make([]bool, 2*n), diag2: make([]bool, 2*n), pos: make([]int, n)}
	s.place(0)
	return s
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Printf("n=%d solutions=%d\n", n, solve(n).count)
	}
	s := solve(8)
	for _, c := range s.first {
		row := ""
		for j := 0; j < 8; j++ {
			if j == c {
				row += "Q "
			} else {
				row += ". "
			}
		}
		fmt.Println(row)
	}
}
