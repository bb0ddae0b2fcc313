// run

// Caesar and ROT13 ciphers over bytes, with a round trip and a letter
// frequency count kept in an array.

package main

import "fmt"

func shift(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + byte((int(c-'a')+k+26)%26)
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + byte((int(c-'A')+k+26)%26)
		}
	}
	return string(b)
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	enc := shift(msg, 3)
	fmt.Println(enc)
	fmt.Println(shift(enc, -3))
	rot := shift(msg, 13)
	fmt.Println(rot, shift(rot, 13) == msg)

	var freq [26]int
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, n := range freq {
		if n > 1 {
			fmt.Printf("%c:%d ", 'a'+i, n)
		}
	}
	fmt.Println()
}
