// run

// The client follows redirects as Go's http.Client does: 301, 302, 303,
// 307 and 308 with a Location; absolute and relative Locations (resolved
// against the request's URL); chains, and a loop stopped after 10
// redirects; 301/302/303 turn a POST into a GET without a body, 307/308
// keep the method and resend the body (GetBody, set by NewRequest for a
// *strings.Reader); the initial request's headers are copied and Referer
// is set; resp.Request is the last request. A 3xx without a Location is
// returned as is. The server is in the same program, on 127.0.0.1; its
// address is printed as BASE.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
)

var base string

func clean(s string) string { return strings.ReplaceAll(s, base, "BASE") }

func final(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	fmt.Fprintf(w, "%s %s q=%q ref=%q ct=%q x=%q auth=%q cl=%d body=%q", r.Method, r.URL.Path, r.URL.RawQuery,
		clean(r.Referer()), r.Header.Get("Content-Type"), r.Header.Get("X-Custom"), r.Header.Get("Authorization"),
		r.ContentLength, b)
}

func redirectTo(code int, loc string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if loc != "" {
			l := strings.ReplaceAll(loc, "BASE", base)
			l = strings.ReplaceAll(l, "HOSTPORT", strings.TrimPrefix(base, "http://"))
			l = strings.ReplaceAll(l, "PORT", base[strings.LastIndex(base, ":")+1:])
			w.Header().Set("Location", l)
		}
		w.WriteHeader(code)
		io.WriteString(w, "redirecting")
	}
}

func show(what string, resp *http.Response, err error) {
	if err != nil {
		fmt.Printf("%s: error %s (resp nil: %v)\n", what, clean(err.Error()), resp == nil)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s: %s [%s] %s\n", what, resp.Status, clean(string(b)), clean(resp.Request.URL.String()))
}

type opaqueReader struct{ r io.Reader }

func (o *opaqueReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/final", final)
	mux.HandleFunc("/dir/sub/final", final)
	mux.Handle("/abs", redirectTo(302, "BASE/final?from=abs"))
	mux.Handle("/rel/a", redirectTo(301, "b?x=1"))
	mux.HandleFunc("/rel/b", redirectTo(302, "../final"))
	mux.Handle("/dir/sub/start", redirectTo(302, "./final?y=2"))
	mux.Handle("/see-other", redirectTo(303, "/final"))
	mux.Handle("/found", redirectTo(302, "/final"))
	mux.Handle("/moved", redirectTo(301, "/final"))
	mux.Handle("/temp", redirectTo(307, "/final"))
	mux.Handle("/perm", redirectTo(308, "/final"))
	mux.Handle("/nolocation", redirectTo(302, ""))
	mux.Handle("/multiple", redirectTo(300, "/final"))
	mux.Handle("/badloc", redirectTo(302, "%zz"))
	mux.Handle("/https-refused", redirectTo(302, "https://127.0.0.1:1/x"))
	mux.Handle("/https-live", redirectTo(302, "https://HOSTPORT/final"))
	mux.Handle("/to-localhost", redirectTo(302, "http://localhost:PORT/final"))
	mux.Handle("/ftp", redirectTo(302, "ftp://127.0.0.1/file"))
	mux.HandleFunc("/host", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "host="+clean("http://"+r.Host))
	})
	mux.Handle("/host-rel", redirectTo(302, "host"))
	mux.Handle("/host-abs", redirectTo(302, "BASE/host"))
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/chain/"))
		if n == 0 {
			final(w, r)
			return
		}
		w.Header().Set("Location", "/chain/"+strconv.Itoa(n-1))
		w.WriteHeader(302)
	})
	hits := 0
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits++
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		w.Header().Set("Location", "/loop?n="+strconv.Itoa(n+1))
		w.WriteHeader(302)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	base = "http://" + ln.Addr().String()

	resp, err := http.Get(base + "/abs")
	show("abs", resp, err)
	resp, err = http.Get(base + "/rel/a")
	show("relative", resp, err)
	resp, err = http.Get(base + "/dir/sub/start")
	show("dot", resp, err)
	resp, err = http.Get(base + "/chain/5")
	show("chain5", resp, err)
	resp, err = http.Get(base + "/chain/10")
	show("chain10", resp, err)
	resp, err = http.Get(base + "/chain/11")
	show("chain11", resp, err)
	resp, err = http.Get(base + "/loop")
	show("loop", resp, err)
	fmt.Println("loop hits:", hits)

	for _, p := range []string{"/moved", "/found", "/see-other", "/temp", "/perm"} {
		resp, err = http.Post(base+p, "text/plain", strings.NewReader("payload"))
		show("POST "+p, resp, err)
	}
	for _, p := range []string{"/found", "/temp"} {
		resp, err = http.Head(base + p)
		if err != nil {
			fmt.Println("HEAD", p, clean(err.Error()))
			continue
		}
		fmt.Println("HEAD", p, resp.StatusCode, resp.Request.Method, clean(resp.Request.URL.String()))
		resp.Body.Close()
	}
	// A body that cannot be replayed (no GetBody): the 307 is returned.
	req, _ := http.NewRequest("POST", base+"/temp", &opaqueReader{strings.NewReader("opaque")})
	resp, err = http.DefaultClient.Do(req)
	show("POST opaque /temp", resp, err)
	req, _ = http.NewRequest("PUT", base+"/found", &opaqueReader{strings.NewReader("opaque")})
	resp, err = http.DefaultClient.Do(req)
	show("PUT opaque /found", resp, err)
	// An empty strings.Reader body: NoBody, replayable.
	req, _ = http.NewRequest("POST", base+"/perm", strings.NewReader(""))
	fmt.Println("empty body is NoBody:", req.Body == http.NoBody, req.GetBody != nil)
	resp, err = http.DefaultClient.Do(req)
	show("POST empty /perm", resp, err)

	// Headers of the first request are copied to every hop; a Referer the
	// caller set is replaced by the previous URL.
	req, _ = http.NewRequest("GET", base+"/chain/2", nil)
	req.Header.Set("X-Custom", "kept")
	req.Header.Set("Referer", "http://example.com/")
	req.Header.Set("Authorization", "secret")
	resp, err = http.DefaultClient.Do(req)
	show("headers", resp, err)
	fmt.Println("same request:", resp.Request == req, "original url:", clean(req.URL.String()))
	fmt.Println("cause:", resp.Request.Response.StatusCode, resp.Request.Response.Request.URL.Path)
	// Authorization is not sent to another host (localhost is not 127.0.0.1).
	req, _ = http.NewRequest("GET", base+"/to-localhost", nil)
	req.Header.Set("X-Custom", "kept")
	req.Header.Set("Authorization", "secret")
	resp, err = http.DefaultClient.Do(req)
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println("other host:", strings.ReplaceAll(string(b), base[strings.LastIndex(base, ":"):], ":PORT"))
	}

	// A Host set by the caller survives a relative redirect only.
	for _, p := range []string{"/host-rel", "/host-abs"} {
		req, _ = http.NewRequest("GET", base+p, nil)
		req.Host = "example.org"
		resp, err = http.DefaultClient.Do(req)
		show("custom host "+p, resp, err)
	}

	resp, err = http.Get(base + "/nolocation")
	show("nolocation", resp, err)
	fmt.Printf("location header: %q\n", resp.Header.Get("Location"))
	resp, err = http.Get(base + "/multiple")
	show("300", resp, err)
	resp, err = http.Get(base + "/badloc")
	show("badloc", resp, err)
	resp, err = http.Get(base + "/https-refused")
	show("https-refused", resp, err)
	resp, err = http.Get(base + "/https-live")
	// Go: "http: server gave HTTP response to HTTPS client"; gorun has no TLS.
	fmt.Println("https-live:", resp == nil, err != nil && strings.HasPrefix(clean(err.Error()), `Get "https://127.0.0.1:`))
	resp, err = http.Get(base + "/ftp")
	show("ftp", resp, err)
	resp, err = http.Post(base+"/https-refused", "text/plain", strings.NewReader("x"))
	show("POST https-refused", resp, err)

	// CheckRedirect sees each upcoming request and the ones made already.
	var trace []string
	c := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		trace = append(trace, fmt.Sprintf("%s %s via=%d last=%s ref=%s", req.Method, req.URL.Path, len(via),
			via[len(via)-1].URL.Path, clean(req.Header.Get("Referer"))))
		if len(via) >= 3 {
			return fmt.Errorf("too far (%d)", len(via))
		}
		return nil
	}}
	resp, err = c.Get(base + "/chain/2")
	show("check ok", resp, err)
	resp, err = c.Get(base + "/chain/9")
	if err != nil {
		fmt.Printf("check stop: error %s, resp %d body closed: %v\n", clean(err.Error()), resp.StatusCode, readErr(resp))
	}
	for _, t := range trace {
		fmt.Println("  ", t)
	}
	c = &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err = c.Get(base + "/abs")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("last response: %d %s %q %s\n", resp.StatusCode, clean(resp.Header.Get("Location")), b, clean(resp.Request.URL.String()))
	}
	resp, err = c.Post(base+"/see-other", "text/plain", strings.NewReader("p"))
	if err == nil {
		resp.Body.Close()
		fmt.Println("last response:", resp.StatusCode, resp.Request.Method)
	}
	// Op of the error is the first request's method.
	c = &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return fmt.Errorf("no %s", req.Method)
	}}
	resp, err = c.Post(base+"/rel/b", "text/plain", strings.NewReader("p"))
	fmt.Println(clean(err.Error()), resp.StatusCode)
}

func readErr(resp *http.Response) bool {
	_, err := resp.Body.Read(make([]byte, 1))
	return err != nil
}
