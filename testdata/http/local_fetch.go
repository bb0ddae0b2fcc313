// run

// The seed's concurrent fetcher pointed at a server in the same program
// on 127.0.0.1: every URL returns 200, the fetches overlap (the total is
// about the slowest single fetch, not the sum), keep-alive connections
// are reused, and chunked and Content-Length bodies are read.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

type Result struct {
	URL      string
	Status   int
	Body     string
	Duration time.Duration
	Error    error
}

func fetchURL(url string, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	start := time.Now()
	resp, err := http.Get(url)
	if err != nil {
		results <- Result{URL: url, Error: err}
		return
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	results <- Result{URL: url, Status: resp.StatusCode, Body: string(b), Duration: time.Since(start), Error: err}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/slow/", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(200 * time.Millisecond)
		fmt.Fprintf(w, "slow %s", r.URL.Path)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Test", "yes")
		w.Write([]byte(strings.Repeat("x", 10000))) // chunked
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "%s %s q=%s body=%s", r.Method, r.URL.Path, r.URL.Query().Get("q"), b)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	urls := []string{base + "/slow/1", base + "/slow/2", base + "/slow/3", base + "/slow/4", base + "/slow/5"}
	results := make(chan Result, len(urls))
	var wg sync.WaitGroup
	start := time.Now()
	for _, url := range urls {
		wg.Add(1)
		go fetchURL(url, results, &wg)
	}
	wg.Wait()
	close(results)
	total := time.Since(start)
	var slowest time.Duration
	got := map[string]int{}
	for r := range results {
		if r.Error != nil {
			fmt.Println("error:", r.Error)
			continue
		}
		got[r.Body] = r.Status
		if r.Duration > slowest {
			slowest = r.Duration
		}
	}
	for i := 1; i <= 5; i++ {
		body := fmt.Sprintf("slow /slow/%d", i)
		fmt.Println(body, got[body])
	}
	fmt.Println("concurrent:", total < slowest+150*time.Millisecond && total < 600*time.Millisecond)

	resp, err := http.Get(base + "/big")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.Status, resp.Header.Get("X-Test"), resp.ContentLength, len(b), resp.Header.Get("Content-Type"))

	resp, err = http.Post(base+"/echo?q=a+b", "text/plain", strings.NewReader("hello"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.ContentLength, string(b))

	resp, err = http.Head(base + "/echo")
	if err == nil {
		fmt.Println("HEAD", resp.StatusCode)
		resp.Body.Close()
	}
	resp, err = http.Get(base + "/nothing")
	if err == nil {
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %q\n", resp.StatusCode, b)
	}

	c := &http.Client{Timeout: 50 * time.Millisecond}
	_, err = c.Get(base + "/slow/timeout")
	fmt.Println(err != nil && strings.Contains(err.Error(), "Client.Timeout exceeded"))

	req, _ := http.NewRequest("GET", base+"/slow/x", nil)
	resp, err = (&http.Client{}).Do(req)
	if err == nil {
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b))
	}

	_, err = http.Get("http://127.0.0.1:1/")
	fmt.Println(err)
	_, err = http.Get("http://example.invalid/")
	fmt.Println(strings.HasPrefix(err.Error(), `Get "http://example.invalid/": dial tcp: lookup example.invalid`), strings.HasSuffix(err.Error(), "no such host"))
}
