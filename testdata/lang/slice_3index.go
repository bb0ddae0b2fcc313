// run

// Full slice expressions a[low:high:max] limit the capacity, so that a
// later append must copy instead of overwriting the original.

package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))

	s = append(s, 40)
	fmt.Println(arr, s) // within capacity: arr[4] changed
	s = append(s, 50)
	fmt.Println(arr, s, len(s), cap(s)) // arr[5] changed
	s = append(s, 60)
	s[0] = -2
	fmt.Println(arr, s) // beyond capacity: s moved, arr unchanged

	full := []int{1, 2, 3, 4, 5}
	lim := full[:2:2]
	lim = append(lim, 100)
	fmt.Println(full, lim)

	t := full[1:3:4]
	fmt.Println(t, len(t), cap(t), t[:cap(t)])

	e := full[0:0:0]
	fmt.Println(e, len(e), cap(e))

	// Defaults of low.
	u := full[:3:5]
	fmt.Println(u, len(u), cap(u))
}
