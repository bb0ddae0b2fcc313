// run

// Flood fill and connected components on a character grid, with an
// explicit stack of coordinates (breadth-first distances too).

package main

import "fmt"

var grid = []string{
	"##########",
	"#..#.....#",
	"#..#.##..#",
	"#....#...#",
	"##########",
	"#....#...#",
	"#.##.#.#.#",
	"##########",
}

type pt struct{ r, c int }

func main() {
	h, w := len(grid), len(grid[0])
	cells := make([][]byte, h)
	for i := range grid {
		cells[i] = []byte(grid[i])
	}
	label := byte('a')
	sizes := []int{}
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if cells[r][c] != '.' {
				continue
			}
			size := 0
			stack := []pt{{r, c}}
			cells[r][c] = label
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				size++
				for _, d := range [4]pt{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
					n := pt{p.r + d.r, p.c + d.c}
					if cells[n.r][n.c] == '.' {
						cells[n.r][n.c] = label
						stack = append(stack, n)
					}
				}
			}
			sizes = append(sizes, size)
			label++
		}
	}
	for _, row := range cells {
		fmt.Println(string(row))
	}
	fmt.Println("components:", len(sizes), sizes)

	// BFS distances from (1,1).
	dist := make([][]int, h)
	for i := range dist {
		dist[i] = make([]int, w)
		for j := range dist[i] {
			dist[i][j] = -1
		}
	}
	queue := []pt{{1, 1}}
	dist[1][1] = 0
	far := pt{1, 1}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if dist[p.r][p.c] > dist[far.r][far.c] {
			far = p
		}
		for _, d := range []pt{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			n := pt{p.r + d.r, p.c + d.c}
			if grid[n.r][n.c] != '#' && dist[n.r][n.c] < 0 {
				dist[n.r][n.c] = dist[p.r][p.c] + 1
				queue = append(queue, n)
			}
		}
	}
	fmt.Println("farthest:", far, dist[far.r][far.c])
}
