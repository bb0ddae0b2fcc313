// run

// Client.Timeout covers the whole redirect chain, not each hop: every hop
// of /hop/N answers after 300 ms, so with a 500 ms timeout the second
// hop times out, and the error names the URL of that hop.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		time.Sleep(300 * time.Millisecond)
		if n == 0 {
			io.WriteString(w, "done")
			return
		}
		http.Redirect(w, r, strconv.Itoa(n-1), http.StatusFound)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	c := &http.Client{Timeout: 500 * time.Millisecond}
	resp, err := c.Get(base + "/hop/0")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println("one hop:", string(b))
	}
	resp, err = c.Get(base + "/hop/3")
	fmt.Println(resp == nil, strings.ReplaceAll(err.Error(), base, "BASE"))
	if ue, ok := err.(interface{ Timeout() bool }); ok {
		fmt.Println("timeout:", ue.Timeout())
	}
	c.Timeout = 5 * time.Second
	resp, err = c.Get(base + "/hop/3")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println("four hops:", string(b), strings.ReplaceAll(resp.Request.URL.String(), base, "BASE"))
	}
}
