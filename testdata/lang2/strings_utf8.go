// run

// range over strings yields runes; indexing yields bytes; conversions.

package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), []byte(s)[1], s[1])
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:9]), rs[1])
	rs[0] = 'H'
	fmt.Println(string(rs))
	bs := []byte(s)
	bs[0] = 'J'
	fmt.Println(string(bs), s)
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, " ", r, ";")
	}
	fmt.Println()
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]rune{0x1F600}))
	fmt.Printf("%q %+q %x % x\n", s, s, "hi", "hi")
	var r rune = 'x'
	b := byte('y')
	fmt.Println(r, b, string(r)+string(b))
	fmt.Println(s[7:10], s[:1]+s[3:])
	fmt.Println("abc" < "abd", "Z" < "a", "é" > "z")
}
