// run

// Building strings incrementally: repeated concatenation, byte buffers,
// and integer formatting by hand.

package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func join(parts []string, sep string) string {
	var b []byte
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

func main() {
	fmt.Println(itoa(0), itoa(42), itoa(-7), itoa(1234567890), itoa(-9223372036854775808))
	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	fmt.Println(join([]string{"a", "b", "c"}, ", "), join(nil, "-"), join([]string{"solo"}, "-"))

	// A triangle of stars.
	for i := 1; i <= 4; i++ {
		fmt.Println(repeat(" ", 4-i) + repeat("*", 2*i-1))
	}

	// A long string built one character at a time.
	s := ""
	for i := 0; i < 1000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[990:])

	// FizzBuzz into one string.
	out := ""
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			out += "FizzBuzz"
		case i%3 == 0:
			out += "Fizz"
		case i%5 == 0:
			out += "Buzz"
		default:
			out += itoa(i)
		}
		if i < 15 {
			out += " "
		}
	}
	fmt.Println(out)
}
