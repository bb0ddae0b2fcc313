// run

// Closures over struct fields and slices; generator and memoization patterns.

package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Ops() (deposit func(int), withdraw func(int) bool) {
	deposit = func(n int) { a.balance += n }
	withdraw = func(n int) bool {
		if n > a.balance {
			return false
		}
		a.balance -= n
		return true
	}
	return
}

func gen(xs []int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	acc := &Account{}
	dep, wd := acc.Ops()
	dep(100)
	fmt.Println(wd(30), wd(100), acc.balance)
	next := gen([]int{5, 6, 7})
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	calls := 0
	var slowSq func(int) int
	slowSq = func(n int) int { calls++; return n * n }
	sq := memo(slowSq)
	fmt.Println(sq(4), sq(4), sq(5), calls)
	var fibm func(int) int
	fibm = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fibm(n-1) + fibm(n-2)
	})
	fmt.Println(fibm(90))
}
