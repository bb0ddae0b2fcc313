// run

// Matrix multiplication on slices of slices and on fixed-size arrays,
// matrix powers (Fibonacci numbers), and determinants by elimination.

package main

import "fmt"

type Matrix [][]float64

func newMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func det(m Matrix) float64 {
	n := len(m)
	a := newMatrix(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	d := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if abs(a[r][col]) > abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			d = -d
		}
		d *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return d
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

type M2 [2][2]uint64

func mul2(a, b M2) M2 {
	var c M2
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func fibMat(n int) uint64 {
	result := M2{{1, 0}, {0, 1}}
	base := M2{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			result = mul2(result, base)
		}
		base = mul2(base, base)
		n >>= 1
	}
	return result[0][1]
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c := a.Mul(b)
	fmt.Println(c)

	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(c.Mul(id))

	fmt.Println(det(Matrix{{2, 0}, {0, 3}}), det(Matrix{{1, 2}, {2, 4}}), det(Matrix{{0, 1, 2}, {1, 0, 3}, {4, -3, 8}}))
	fmt.Printf("%.4f\n", det(Matrix{{0.5, 1.5, 2}, {3, 1, 4}, {2, 7, 1}}))

	for _, n := range []int{1, 2, 10, 50, 90, 93} {
		fmt.Println("fib", n, fibMat(n))
	}

	// A larger integer product checksum.
	const n = 40
	var x, y, z [n][n]int
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x[i][j] = (i*7 + j*3) % 11
			y[i][j] = (i + 2*j) % 13
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			s := 0
			for k := 0; k < n; k++ {
				s += x[i][k] * y[k][j]
			}
			z[i][j] = s
		}
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += z[i][i] * (i + 1)
	}
	fmt.Println("checksum", sum, z[0][0], z[n-1][n-1])
}
