// run

// Sorting by hand: bubble, insertion, selection, quicksort, merge sort and
// heap sort on the same pseudo-random data, checked against each other.

package main

import "fmt"

var seed uint32 = 12345

func rand() int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % 1000
}

func bubble(a []int) {
	for i := 0; i < len(a); i++ {
		swapped := false
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
}

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func selection(a []int) {
	for i := range a {
		m := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[m] {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func siftDown(a []int, i, n int) {
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && a[c+1] > a[c] {
			c++
		}
		if a[i] >= a[c] {
			return
		}
		a[i], a[c] = a[c], a[i]
		i = c
	}
}

func heapSort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func clone(a []int) []int { return append([]int(nil), a...) }

func main() {
	data := make([]int, 300)
	for i := range data {
		data[i] = rand()
	}
	fmt.Println("first:", data[:10])

	b := clone(data)
	bubble(b)
	fmt.Println("sorted:", b[:10], "...", b[len(b)-5:])

	ins, sel, q, h := clone(data), clone(data), clone(data), clone(data)
	insertion(ins)
	selection(sel)
	quick(q)
	heapSort(h)
	m := mergeSort(clone(data))
	fmt.Println(equal(b, ins), equal(b, sel), equal(b, q), equal(b, m), equal(b, h))

	// Sorting strings by hand.
	words := []string{"pear", "apple", "fig", "banana", "cherry", "apricot"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)

	// Stable sort of structs by one key.
	type rec struct {
		name string
		age  int
	}
	rs := []rec{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].age < rs[j-1].age; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	fmt.Println(rs)
}
