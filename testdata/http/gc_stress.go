// run

// HTTP under load with the collector on: 8 goroutines make 300 requests
// each to a server in the same program (2400 responses of 14 bytes). CTest
// also runs it (as every net/ and http/ program) under GORUN_GC=1 and
// GORUN_STRESS_GC=1; it was testdata/pending/http_gc_stress.go, recorded as
// crashing under GORUN_STRESS_GC=20 (a null call in Transport.exchange).

package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "Hello, World!\n")
	})
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go http.Serve(ln, nil)
	url := "http://" + ln.Addr().String() + "/"
	done := make(chan int)
	for g := 0; g < 8; g++ {
		go func() {
			ok := 0
			for i := 0; i < 300; i++ {
				resp, err := http.Get(url)
				if err != nil {
					fmt.Println(err)
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if len(b) == 14 {
					ok++
				}
			}
			done <- ok
		}()
	}
	t := 0
	for g := 0; g < 8; g++ {
		t += <-done
	}
	fmt.Println(t)
}
