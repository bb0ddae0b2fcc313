// run

// Recursion: naive Fibonacci, Ackermann for small arguments, mutual
// recursion, and recursion over slices.

package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	default:
		return ack(m-1, ack(m, n-1))
	}
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func sumSlice(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sumSlice(xs[1:])
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [64]byte // a real frame on every level
	pad[n%64] = 1
	return depth(n-1) + int(pad[n%64])
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Println("fib", i, fib(i))
	}
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 3; n++ {
			fmt.Print(ack(m, n), " ")
		}
		fmt.Println()
	}
	fmt.Println("ack(2,3) =", ack(2, 3), "ack(3,5) =", ack(3, 5))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(sumSlice([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
	fmt.Println(power(2, 10), power(3, 13), power(7, 0))
	// Deep but bounded recursion: the stack must grow.
	fmt.Println(depth(100000))
}
