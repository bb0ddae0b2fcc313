// run

// strings functions on empty inputs, UTF-8, and unusual separators.

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q %q %q\n", strings.Split("", ","), strings.Split(",", ","), strings.Fields(""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("héllo", "l"))
	fmt.Println(strings.Replace("aaa", "", "-", -1), strings.Replace("aaa", "a", "b", 0))
	fmt.Println(strings.Repeat("", 5) == "", strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Printf("%q %q\n", strings.Trim("  ", " "), strings.TrimLeft("ééa", "é"))
	fmt.Println(strings.ToUpper("ǳ ß ﬃ"), strings.ToLower("ÀÉÎ"), strings.ToTitle("go"))
	fmt.Println(strings.ContainsAny("", ""), strings.Contains("", ""), strings.HasPrefix("", ""), strings.Count("", ""))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("aXbX", 'X'))
	fmt.Printf("%q\n", strings.Fields(" \u00a0a\u2003b\n"))
	fmt.Println(strings.TrimRight("abc...", "."), strings.TrimSuffix("abc", "abcd"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	_, _, ok := strings.Cut("nokey", "=")
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.Repeat("x", -1))
}
