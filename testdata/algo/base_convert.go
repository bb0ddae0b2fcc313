// run

// Number base conversion by hand: parsing and formatting in bases 2..36,
// checked against fmt's %b, %o and %x.

package main

import "fmt"

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func format(n uint64, base uint64) string {
	if n == 0 {
		return "0"
	}
	var buf [64]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = digits[n%base]
		n /= base
	}
	return string(buf[i:])
}

func parse(s string, base uint64) (uint64, bool) {
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'z':
			d = uint64(c-'a') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		n = n*base + d
	}
	return n, true
}

func main() {
	vals := []uint64{0, 1, 10, 255, 1000, 65535, 1 << 40, 18446744073709551615}
	for _, v := range vals {
		b, o, h := format(v, 2), format(v, 8), format(v, 16)
		ok := b == fmt.Sprintf("%b", v) && o == fmt.Sprintf("%o", v) && h == fmt.Sprintf("%x", v)
		fmt.Println(v, h, format(v, 36), ok)
	}
	for _, s := range []string{"ff", "zz", "777", "1010", "g", "xyz"} {
		n16, ok16 := parse(s, 16)
		n36, ok36 := parse(s, 36)
		fmt.Println(s, n16, ok16, n36, ok36)
	}
	round := 0
	for v := uint64(1); v < 1<<62; v = v*7 + 3 {
		for base := uint64(2); base <= 36; base++ {
			back, _ := parse(format(v, base), base)
			if back == v {
				round++
			}
		}
	}
	fmt.Println("round trips:", round)
}
