// run

// An echo server and 50 concurrent clients over loopback, in one program:
// every goroutine that waits for the network parks in the poller.
package main

import (
	"fmt"
	"io"
	"net"
)

func serve(c net.Conn) {
	defer c.Close()
	buf := make([]byte, 64)
	for {
		n, err := c.Read(buf)
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Println("server read:", err)
			return
		}
		if _, err := c.Write(buf[:n]); err != nil {
			fmt.Println("server write:", err)
			return
		}
	}
}

func client(addr string, i int, done chan<- int) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println("dial:", err)
		done <- -1
		return
	}
	defer c.Close()
	msg := fmt.Sprintf("hello %d", i)
	for k := 0; k < 10; k++ {
		if _, err := c.Write([]byte(msg)); err != nil {
			fmt.Println("client write:", err)
			done <- -1
			return
		}
		buf := make([]byte, len(msg))
		if _, err := io.ReadFull(c, buf); err != nil || string(buf) != msg {
			fmt.Println("client read:", err, string(buf))
			done <- -1
			return
		}
	}
	done <- i
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("network:", ln.Addr().Network())
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	const n = 50
	done := make(chan int)
	for i := 0; i < n; i++ {
		go client(ln.Addr().String(), i, done)
	}
	sum, ok := 0, 0
	for i := 0; i < n; i++ {
		if v := <-done; v >= 0 {
			sum += v
			ok++
		}
	}
	fmt.Println("clients ok:", ok, "sum:", sum)
	ln.Close()
	_, err = ln.Accept()
	fmt.Println("accept after close is ErrClosed:", errorsIs(err, net.ErrClosed))
}

func errorsIs(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}
