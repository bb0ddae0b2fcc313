// run

// An ASCII Mandelbrot set: float64 arithmetic in a tight loop.

package main

import "fmt"

func main() {
	const w, h, maxIter = 60, 24, 50
	chars := " .:-=+*#%@"
	total := 0
	for y := 0; y < h; y++ {
		line := make([]byte, w)
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.2*float64(x)/w
			ci := -1.2 + 2.4*float64(y)/h
			zr, zi := 0.0, 0.0
			n := 0
			for ; n < maxIter && zr*zr+zi*zi <= 4; n++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			total += n
			line[x] = chars[n*(len(chars)-1)/maxIter]
		}
		fmt.Println(string(line))
	}
	fmt.Println("iterations:", total)
}
