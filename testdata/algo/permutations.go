// run

// Permutations by Heap's algorithm and in lexicographic order, and
// combinations by recursion.

package main

import "fmt"

func heap(a []int, k int, out *[][]int) {
	if k == 1 {
		*out = append(*out, append([]int(nil), a...))
		return
	}
	heap(a, k-1, out)
	for i := 0; i < k-1; i++ {
		if k%2 == 0 {
			a[i], a[k-1] = a[k-1], a[i]
		} else {
			a[0], a[k-1] = a[k-1], a[0]
		}
		heap(a, k-1, out)
	}
}

func nextPerm(a []byte) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func combos(items []string, k int, start int, cur []string, emit func([]string)) {
	if len(cur) == k {
		emit(cur)
		return
	}
	for i := start; i < len(items); i++ {
		combos(items, k, i+1, append(cur, items[i]), emit)
	}
}

func main() {
	var perms [][]int
	heap([]int{1, 2, 3}, 3, &perms)
	fmt.Println(len(perms), perms)

	var all [][]int
	heap([]int{1, 2, 3, 4, 5, 6}, 6, &all)
	fmt.Println(len(all), all[len(all)-1])

	w := []byte("abcd")
	n := 1
	fmt.Print(string(w))
	for nextPerm(w) {
		n++
		if n <= 8 {
			fmt.Print(" ", string(w))
		}
	}
	fmt.Println(" ... total", n)

	count := 0
	combos([]string{"a", "b", "c", "d", "e"}, 3, 0, nil, func(c []string) {
		count++
		if count <= 4 {
			fmt.Println(c)
		}
	})
	fmt.Println("C(5,3) =", count)
}
