// run

// Client.Transport is a RoundTripper: a wrapper around DefaultTransport
// sees every hop of a redirect chain (the Client follows redirects, the
// RoundTripper does not); Transport.RoundTrip itself returns the 302.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

type logger struct {
	next http.RoundTripper
	log  []string
}

func (l *logger) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := l.next.RoundTrip(req)
	if err != nil {
		l.log = append(l.log, req.Method+" "+req.URL.Path+" error")
		return nil, err
	}
	l.log = append(l.log, fmt.Sprintf("%s %s %d", req.Method, req.URL.Path, resp.StatusCode))
	return resp, nil
}

type failing struct{}

func (failing) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, errors.New("no network")
}

type nothing struct{}

func (nothing) RoundTrip(req *http.Request) (*http.Response, error) { return nil, nil }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/start", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/middle", http.StatusFound)
	})
	mux.HandleFunc("/middle", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/end", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/end", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "end %s %s", r.Method, b)
	})
	mux.HandleFunc("/cl", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s cl=%d header=%q body=%q", r.Method, r.ContentLength, r.Header.Values("Content-Length"), b)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	l := &logger{next: http.DefaultTransport}
	c := &http.Client{Transport: l}
	for _, m := range []string{"GET", "POST", "PUT"} {
		req, _ := http.NewRequest(m, base+"/start", strings.NewReader("data"))
		resp, err := c.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %d %q\n", m, resp.StatusCode, b)
	}
	for _, s := range l.log {
		fmt.Println("  ", s)
	}

	// Which requests carry a Content-Length.
	for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"} {
		for _, body := range []string{"none", "", "x"} {
			var req *http.Request
			if body == "none" {
				req, _ = http.NewRequest(m, base+"/cl", nil)
			} else {
				req, _ = http.NewRequest(m, base+"/cl", strings.NewReader(body))
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				fmt.Println(err)
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			fmt.Printf("%s %q: %s\n", m, body, b)
		}
	}

	req, _ := http.NewRequest("GET", base+"/start", nil)
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil {
		resp.Body.Close()
		fmt.Println("RoundTrip:", resp.StatusCode, resp.Header.Get("Location"))
	}
	t, ok := http.DefaultTransport.(*http.Transport)
	fmt.Println("DefaultTransport is *Transport:", ok, t != nil)
	t.CloseIdleConnections()
	c.CloseIdleConnections()
	http.DefaultClient.CloseIdleConnections()

	_, err = (&http.Client{Transport: failing{}}).Get("http://example.com/x")
	fmt.Println(err)
	_, err = (&http.Client{Transport: nothing{}}).Get("http://example.com/x")
	fmt.Println(err)
	// The password of a URL's userinfo is masked in errors.
	_, err = (&http.Client{Transport: failing{}}).Get("http://user:pw@example.com/x")
	fmt.Println(err)
	_, err = (&http.Client{Transport: failing{}}).Get("http://user@example.com/x")
	fmt.Println(err)
}
