// run

// strings: splitting, searching, trimming, case, Builder, Reader, Replacer.

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Contains(s, "World"), strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz!"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ng"), strings.Index("abc", "abd"))
	fmt.Println(strings.Replace(s, "Hello", "Bye", 1), strings.ReplaceAll(s, "Hello", "Bye"), strings.Repeat("ab", 3))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Title("hello world"), strings.ToTitle("abc"))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "!  "), strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "hello"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.IndexFunc("hello 世界", func(r rune) bool { return r > 127 }), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abcabc", 'b'))
	long := strings.Repeat("abcdefghij", 100) + "needle" + strings.Repeat("x", 50)
	fmt.Println(strings.Index(long, "needle"), strings.Index(long, "needlf"), strings.LastIndex(long, "abc"), strings.Index(long, "jabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijneedle"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('世')
	}
	b.Grow(10)
	fmt.Println(b.String(), b.Len())
	r := strings.NewReader("abc")
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.Len(), r.Size())
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<a>b</a>"))
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcab"))
}
