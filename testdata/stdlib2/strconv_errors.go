// run

// Every strconv NumError shape, and using errors.Is on ErrSyntax/ErrRange.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	tests := []struct {
		s    string
		base int
		bits int
	}{{"12", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"1_000", 0, 64}, {"z", 36, 64}, {"12a", 10, 64}, {"", 10, 64}, {"9223372036854775808", 10, 64}}
	for _, t := range tests {
		v, err := strconv.ParseInt(t.s, t.base, t.bits)
		fmt.Printf("%q -> %d, %v; syntax=%v range=%v\n", t.s, v, err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	}
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1.5e", 64)
	fmt.Println(f, err)
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	_, err = strconv.Atoi("12.5")
	fmt.Println(err.(*strconv.NumError).Func, err.(*strconv.NumError).Err)
}
