// run

// HTTP Basic Authentication: Request.SetBasicAuth and BasicAuth, and the
// Authorization header the client derives from a URL's userinfo, which
// is sent again on every hop of a redirect that keeps the userinfo (a
// relative Location does) but never shown in errors or the Referer.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/who", func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		fmt.Fprintf(w, "%q %q %v auth=%q ref=%q", u, p, ok, r.Header.Get("Authorization"), r.Referer())
	})
	mux.Handle("/go", http.RedirectHandler("/who", http.StatusFound))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	hostport := ln.Addr().String()
	base := "http://" + hostport
	clean := func(s string) string { return strings.ReplaceAll(s, hostport, "HOST") }

	get := func(req *http.Request) {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(clean(err.Error()))
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(clean(string(b)))
	}
	for _, c := range [][2]string{{"", ""}, {"a", ""}, {"ab", "c"}, {"Aladdin", "open sesame"}, {"user", "pa:ss"}, {"ü", "€uro"}} {
		req, _ := http.NewRequest("GET", base+"/who", nil)
		req.SetBasicAuth(c[0], c[1])
		get(req)
	}
	for _, u := range []string{"http://bob:secret@HOST/who", "http://us%40er:p%3Ass@HOST/who", "http://onlyuser@HOST/who", "http://bob:secret@HOST/go"} {
		req, _ := http.NewRequest("GET", strings.ReplaceAll(u, "HOST", hostport), nil)
		get(req)
	}
	// An Authorization set by the caller wins over the URL's.
	req, _ := http.NewRequest("GET", "http://bob:secret@"+hostport+"/who", nil)
	req.Header.Set("Authorization", "Bearer xyz")
	get(req)
	req, _ = http.NewRequest("GET", "http://bob:secret@127.0.0.1:1/who", nil)
	get(req)

	for _, h := range []string{"basic Zm9vOmJhcg==", "Basic Zm9vOmJhcg", "Basic Zm9vYmFy", "Bearer Zm9vOmJhcg==", "Basic", "Basic !!!!", "BASIC Og=="} {
		r := &http.Request{Header: http.Header{"Authorization": {h}}}
		u, p, ok := r.BasicAuth()
		fmt.Printf("%q: %q %q %v\n", h, u, p, ok)
	}
}
