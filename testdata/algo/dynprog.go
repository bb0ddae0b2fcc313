// run

// Dynamic programming: longest common subsequence (with reconstruction),
// edit distance, 0/1 knapsack and coin change counts.

package main

import "fmt"

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	out := make([]byte, dp[m][n])
	k := len(out)
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			k--
			out[k] = a[i-1]
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return string(out)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = prev[j-1] + cost
			if prev[j]+1 < cur[j] {
				cur[j] = prev[j] + 1
			}
			if cur[j-1]+1 < cur[j] {
				cur[j] = cur[j-1] + 1
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func knapsack(weights, values []int, capacity int) int {
	best := make([]int, capacity+1)
	for i := range weights {
		for c := capacity; c >= weights[i]; c-- {
			if v := best[c-weights[i]] + values[i]; v > best[c] {
				best[c] = v
			}
		}
	}
	return best[capacity]
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	fmt.Printf("%q\n", lcs("the quick brown fox", "a quick brown dog"))
	fmt.Println(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("flaw", "lawn"), editDistance("same", "same"))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
	fmt.Println(knapsack([]int{10, 20, 30}, []int{60, 100, 120}, 50))
	fmt.Println(coinWays([]int{1, 2, 5}, 5), coinWays([]int{1, 5, 10, 25, 50}, 100), coinWays([]int{2}, 3))
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 1000))
}
