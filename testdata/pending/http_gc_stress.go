// skip
// blocked: crashes under GORUN_STRESS_GC=20 (SIGSEGV, pc=0x0, in net/http.(*Transport).exchange, client.go:286) — a collector/lowering bug, not the poller: with GOGC=off the load test runs clean; run with GORUN_STRESS_GC=20 to reproduce. Expected output: 2400

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
