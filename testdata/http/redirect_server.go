// run

// The server's side of redirects: http.Redirect (a relative URL is made
// absolute against the request path and cleaned; a small HTML body for
// GET), http.RedirectHandler, and ServeMux's own 301s from "/tree" to
// "/tree/" and from an unclean path to its clean form. Each is shown raw
// (CheckRedirect returns ErrUseLastResponse) and followed.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

var base string

func clean(s string) string { return strings.ReplaceAll(s, base, "BASE") }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/tree/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "tree %s %s q=%s", r.Method, r.URL.Path, r.URL.RawQuery)
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "b %s q=%s", r.Method, r.URL.RawQuery)
	})
	mux.HandleFunc("/go/", func(w http.ResponseWriter, r *http.Request) {
		to := r.URL.Query().Get("to")
		if r.URL.Query().Get("ct") != "" {
			w.Header().Set("Content-Type", "text/plain")
		}
		http.Redirect(w, r, to, http.StatusFound)
	})
	mux.HandleFunc("/post", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/b?from=post", http.StatusSeeOther)
	})
	mux.Handle("/fixed", http.RedirectHandler("/tree/x?y=<1>", http.StatusMovedPermanently))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	base = "http://" + ln.Addr().String()

	raw := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	paths := []string{
		"/tree", "/tree?q=1", "/a/../b", "//b", "/tree/./x/../y", "/fixed",
		"/tree/x/..", "/tree/x/.", "/tree//x", "/tree/x/../", "/tree/.x/..y/...", "/../../b",
		"/go/dir/page?to=next", "/go/dir/page?to=../up/", "/go/dir/?to=./x?k=v", "/go/dir/page?to=/abs/../root",
		"/go/x?to=http://example.com/a/../b", "/go/x?to=caf%C3%A9", "/go/x?to=%3Ca%3E%26%22",
		"/go/x?to=b&ct=1", "/go/x?to=",
	}
	for _, p := range paths {
		resp, err := raw.Get(base + p)
		if err != nil {
			fmt.Println(p, "error:", clean(err.Error()))
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %d loc=%q ct=%q body=%q\n", p, resp.StatusCode, resp.Header.Get("Location"), resp.Header.Get("Content-Type"), b)
	}
	for _, p := range []string{"/tree", "/tree?q=1", "/a/../b", "/fixed", "/go/tree/page?to=other"} {
		resp, err := http.Get(base + p)
		if err != nil {
			fmt.Println(p, "error:", clean(err.Error()))
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("follow %s: %d %q %s\n", p, resp.StatusCode, b, clean(resp.Request.URL.String()))
	}
	resp, err := raw.Post(base+"/post", "text/plain", strings.NewReader("x"))
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("POST raw: %d loc=%q ct=%q body=%q\n", resp.StatusCode, resp.Header.Get("Location"), resp.Header.Get("Content-Type"), b)
	}
	resp, err = http.Post(base+"/post", "text/plain", strings.NewReader("x"))
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("POST: %d %q %s\n", resp.StatusCode, b, resp.Request.Method)
	}
	resp, err = raw.Head(base + "/go/x?to=y")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("HEAD raw: %d loc=%q ct=%q body=%q\n", resp.StatusCode, resp.Header.Get("Location"), resp.Header.Get("Content-Type"), b)
	}
}
