// run

// net/url's ResolveReference and URL.Parse (what the client uses for a
// redirect's Location): the examples of RFC 3986 section 5.4, and a few of
// Go's own url_test.go cases.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	base, err := url.Parse("http://a/b/c/d;p?q")
	if err != nil {
		fmt.Println(err)
		return
	}
	refs := []string{
		// 5.4.1 normal examples
		"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s",
		";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..",
		"../../", "../../g",
		// 5.4.2 abnormal examples
		"../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
		"./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
		"g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x",
		// others
		"http://other:8080/x/../y?z", "//other/./p", "a%20b", "/%7Efoo", "?",
	}
	for _, r := range refs {
		u, err := base.Parse(r)
		if err != nil {
			fmt.Printf("%q: %v\n", r, err)
			continue
		}
		fmt.Printf("%-16q -> %s\n", r, u)
	}
	for _, c := range [][2]string{
		{"http://foo.com?a=b", "https://bar.com/"},
		{"http://foo.com/", "https://bar.com/?a=b"},
		{"http://foo.com/bar", "mailto:foo@example.com"},
		{"http://foo.com/bar/baz", "../quux"},
		{"http://foo.com/bar/baz", "/../quux"},
		{"http://foo.com/dir/", "quux/./dotdot/../tail"},
		{"http://foo.com/dir", "?q"},
		{"http://foo.com/a#f", ""},
		{"http://user@foo.com/a", "b"},
		{"http://127.0.0.1:8080/x/y", "../../z"},
	} {
		b, _ := url.Parse(c[0])
		r, _ := url.Parse(c[1])
		u := b.ResolveReference(r)
		fmt.Println(c[0], "+", c[1], "=", u, u.IsAbs(), u.Host)
	}
	// The original escaping of a path is kept when it is not the default one.
	for _, raw := range []string{"http://x/a%2Fb?", "http://x/%7Efoo/a b", "http://x/semi;colon,comma", "/p%41th", "*"} {
		u, err := url.Parse(raw)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s path=%q raw=%q escaped=%q uri=%q force=%v\n", u, u.Path, u.RawPath, u.EscapedPath(), u.RequestURI(), u.ForceQuery)
	}
	fmt.Println(url.PathEscape("a/b;c,d e"))
	rel, _ := url.Parse("a/b")
	fmt.Println(rel.IsAbs(), base.IsAbs())
	_, err = base.Parse("%zz")
	fmt.Println(err)
	for _, raw := range []string{"1a:b/c", ":foo", "a\x01b", "http://h:8x/", "%zz#frag", "//h/p#f", "///p", "http:opaque?q#f"} {
		u, err := url.Parse(raw)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: scheme=%q opaque=%q host=%q path=%q query=%q frag=%q\n", raw, u.Scheme, u.Opaque, u.Host, u.Path, u.RawQuery, u.Fragment)
	}
	// How a server reads a request's URI: "//b" is a path.
	for _, raw := range []string{"//b", "/a?x", "http://h/p", "rel", "", "*"} {
		u, err := url.ParseRequestURI(raw)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("request %q: host=%q path=%q query=%q\n", raw, u.Host, u.Path, u.RawQuery)
	}
}
