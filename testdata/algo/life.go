// run

// Conway's Game of Life on a small torus: a glider moving for 4
// generations, and population counts of an R-pentomino.

package main

import "fmt"

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) neighbours(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dy != 0 || dx != 0) && b[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.neighbours(y, x)
			next[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return next
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b Board) Population() int {
	n := 0
	for _, row := range b {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var b Board
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("generation %d, population %d\n", gen, b.Population())
		fmt.Print(b.String())
		b = b.Step()
	}

	var r Board
	r[3][4], r[3][5], r[4][3], r[4][4], r[5][4] = true, true, true, true, true
	pops := []int{}
	for gen := 0; gen < 30; gen++ {
		pops = append(pops, r.Population())
		r = r.Step()
	}
	fmt.Println(pops)
}
